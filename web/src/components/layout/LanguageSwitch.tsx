import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Español' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch">
      <label htmlFor="language">{t('header.language')}</label>
      <select id="language" value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
