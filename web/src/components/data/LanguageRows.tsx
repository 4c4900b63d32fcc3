import { useTranslation } from 'react-i18next';
import { TextField } from '../forms';
import { ProgramTypesField } from './ProgramTypesField';
import { newLanguage, type OfferedLanguageDraft } from './settingsDraft';

/** The languages the district offers, each with its program types; a row left without a language is not sent. */
export function LanguageRows({
  languages,
  onChange,
  errors,
}: {
  languages: OfferedLanguageDraft[];
  onChange: (languages: OfferedLanguageDraft[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const setLanguage = (key: number, change: Partial<OfferedLanguageDraft>) => onChange(languages.map((l) => (l.key === key ? { ...l, ...change } : l)));
  return (
    <fieldset className="field">
      <legend>{t('data.settings.languages')}</legend>
      <p className="hint">{t('data.settings.languagesHint')}</p>
      {errors.offered_languages && <p className="field-error">{errors.offered_languages}</p>}
      {languages.map((l, i) => (
        <div className="count-row language-row" key={l.key} role="group" aria-label={t('data.settings.languageRow', { number: i + 1 })}>
          <TextField label={t('data.settings.language')} name={`language-${i}`} value={l.language} onChange={(ev) => setLanguage(l.key, { language: ev.target.value })} error={errors[`offered_languages[${i}].language`]} />
          <ProgramTypesField legend={t('data.settings.programTypes')} name={`program-types-${i}`} value={l.program_types} onChange={(program_types) => setLanguage(l.key, { program_types })} error={errors[`offered_languages[${i}].program_types`]} />
          <button type="button" className="button button-small" onClick={() => onChange(languages.filter((x) => x.key !== l.key))}>
            {t('data.counts.remove')}
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="button button-small" onClick={() => onChange([...languages, newLanguage()])}>
          {t('data.settings.addLanguage')}
        </button>
      </p>
    </fieldset>
  );
}
