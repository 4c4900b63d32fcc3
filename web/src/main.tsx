import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { firstLanguageReady } from './i18n';
import './styles.css';
import './plan.css';
import { App, loadFirstPage } from './App';
import { runEffectsBeforePaint } from './effectTiming';

runEffectsBeforePaint();

// The page's code and the reader's language load side by side; the first render has both (or, if one failed,
// what lazyPage and the locale fallback make of it).
// The first render is synchronous (flushSync): its effects run in the same task, and with them the loads that the
// page's first data answers from memory (src/firstData.ts, useLoad), so the first frame the browser paints is the
// page with its data, not a "Loading" between.
void Promise.allSettled([loadFirstPage(), firstLanguageReady]).then(() => {
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
