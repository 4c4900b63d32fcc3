import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

// Each language's texts are a chunk of their own, fetched when the language is first used: a reader loads and
// parses one language (110-125 KB), not both, and as one JSON.parse of a string, which costs the browser a
// fraction of what the same texts cost as object literals (the bundler's form for a JSON import) in the main
// script. docs/performance.md, page load.
const TEXTS = {
  en: () => import('./locales/en.json?raw'),
  es: () => import('./locales/es.json?raw'),
} satisfies Record<string, () => Promise<{ default: string }>>;

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'trellis.language';

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'es') return stored;
  } catch {
    // Storage may be unavailable (private mode); fall back to the browser's preference.
  }
  return navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

function apply(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the switch still works for this page.
  }
}

const firstLanguage = initialLanguage();
void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: firstLanguage,
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', apply);

/** Fetches a language's texts once (a failed fetch is tried again on the next call). */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const { default: text } = await TEXTS[language]();
  // skipCopy: the texts were just parsed and belong to no one else; i18next's own copy (a JSON round trip of
  // the whole language) would only delay the first page.
  i18n.addResourceBundle(language, 'translation', JSON.parse(text) as Record<string, unknown>, false, false, { silent: false, skipCopy: true });
}

/** The first language's texts: the app renders once they are in (main.tsx). */
export const firstLanguageReady = loadLanguage(firstLanguage);

/** The one way to change the app's language: its texts are fetched first, so no page shows bare keys. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/** The current language, for choosing between `label_en` and `label_es` and for number and date formats. */
export function currentLanguage(): Language {
  return i18n.language === 'es' ? 'es' : 'en';
}

export default i18n;
