import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstLanguageReady } from './i18n';
import './styles.css';
import './plan.css';
import { App, loadFirstPage } from './App';

// The page's code and the reader's language load side by side; the first render has both (or, if one failed,
// what lazyPage and the locale fallback make of it).
void Promise.allSettled([loadFirstPage(), firstLanguageReady]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
