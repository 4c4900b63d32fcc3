import { useTranslation } from 'react-i18next';
import { CANONICAL_COLUMNS } from '../../dataApi';
import type { MappingDraft } from './MappingEditor';

/** The file's column that fills one canonical column; a saved choice the file lacks stays listed. */
function ColumnChoice({
  fieldId,
  canonical,
  header,
  source,
  error,
  onChange,
}: {
  fieldId: string;
  canonical: string;
  header: string[];
  source: string | undefined;
  error: string | undefined;
  onChange: (source: string) => void;
}) {
  const { t } = useTranslation();
  const options = header.includes(source ?? '') || !source ? header : [...header, source];
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={fieldId}>{t(`data.column.${canonical}`)}</label>
      {error && (
        <p id={`${fieldId}-error`} className="field-error">
          {error}
        </p>
      )}
      <select
        id={fieldId}
        name={`column-${canonical}`}
        value={source ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('data.mapping.notInFile')}</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One select per canonical column, listing the file's own columns. */
export function MappingColumns({
  id,
  header,
  draft,
  onChange,
  errors,
}: {
  id: string;
  header: string[];
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  errors: Record<string, string>;
}) {
  return (
    <div className="mapping-grid">
      {CANONICAL_COLUMNS.map((canonical) => (
        <ColumnChoice
          key={canonical}
          fieldId={`${id}-col-${canonical}`}
          canonical={canonical}
          header={header}
          source={draft.columns[canonical]}
          error={errors[`mapping.columns.${canonical}`]}
          onChange={(source) => onChange({ ...draft, columns: { ...draft.columns, [canonical]: source } })}
        />
      ))}
    </div>
  );
}
