import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n';
import { useSession } from '../../session';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Español' };

/** The header's language switch; signed in, the choice is also saved as the account's language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { chooseLanguage, languageNotSaved } = useSession();
  return (
    <div className="language-switch">
      <label htmlFor="language">{t('header.language')}</label>
      <select
        id="language"
        value={i18n.language}
        aria-describedby={languageNotSaved ? 'language-not-saved' : undefined}
        onChange={(event) => chooseLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <span role="status" className="language-not-saved">
        {languageNotSaved && <span id="language-not-saved">{t('header.languageNotSaved')}</span>}
      </span>
    </div>
  );
}
