import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CANONICAL_COLUMNS, type ColumnMapping } from '../../dataApi';

/** A column mapping as the form holds it: canonical column ← source column, and value rows. */
export interface MappingDraft {
  columns: Record<string, string>;
  values: { column: string; from: string; to: string }[];
  separator: string;
}

export function draftOf(mapping: ColumnMapping | undefined): MappingDraft {
  const values: MappingDraft['values'] = [];
  for (const [column, pairs] of Object.entries(mapping?.values ?? {})) {
    for (const [from, to] of Object.entries(pairs)) values.push({ column, from, to });
  }
  return { columns: { ...(mapping?.columns ?? {}) }, values, separator: mapping?.program_separator || ';' };
}

export function mappingOf(draft: MappingDraft, programGrades?: Record<string, string[]>): ColumnMapping {
  const columns: Record<string, string> = {};
  for (const [canonical, source] of Object.entries(draft.columns)) if (source) columns[canonical] = source;
  const values: Record<string, Record<string, string>> = {};
  for (const row of draft.values) {
    if (!row.column || !row.from.trim()) continue;
    (values[row.column] ??= {})[row.from.trim()] = row.to.trim();
  }
  return { columns, values, program_separator: draft.separator || ';', ...(programGrades ? { program_grades: programGrades } : {}) };
}

/** True when the draft only says what the canonical layout already says (no mapping needed). */
export function isIdentity(draft: MappingDraft): boolean {
  return (
    Object.entries(draft.columns).every(([canonical, source]) => !source || source === canonical) &&
    draft.values.every((row) => !row.from.trim()) &&
    (draft.separator || ';') === ';'
  );
}

/**
 * The editable mapping: one select per canonical column listing the file's own columns, optional value
 * rows (source value → canonical value) and the programs separator. Field errors come keyed by JSON path
 * ("mapping.columns.grade").
 */
export function MappingEditor({
  header,
  draft,
  onChange,
  errors,
}: {
  header: string[];
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const used = new Set(Object.values(draft.columns).filter(Boolean));
  const ignored = header.filter((name) => !used.has(name) && !(CANONICAL_COLUMNS as readonly string[]).includes(name));
  const setColumn = (canonical: string, source: string) => onChange({ ...draft, columns: { ...draft.columns, [canonical]: source } });
  const setValue = (index: number, change: Partial<MappingDraft['values'][number]>) =>
    onChange({ ...draft, values: draft.values.map((row, i) => (i === index ? { ...row, ...change } : row)) });
  return (
    <fieldset className="field">
      <legend>{t('data.mapping.legend')}</legend>
      <p className="hint">{t('data.mapping.hint')}</p>
      <div className="mapping-grid">
        {CANONICAL_COLUMNS.map((canonical) => {
          const fieldId = `${id}-col-${canonical}`;
          const error = errors[`mapping.columns.${canonical}`];
          const options = header.includes(draft.columns[canonical] ?? '') || !draft.columns[canonical] ? header : [...header, draft.columns[canonical]];
          return (
            <div key={canonical} className={`field${error ? ' field-invalid' : ''}`}>
              <label htmlFor={fieldId}>{t(`data.column.${canonical}`)}</label>
              {error && (
                <p id={`${fieldId}-error`} className="field-error">
                  {error}
                </p>
              )}
              <select
                id={fieldId}
                name={`column-${canonical}`}
                value={draft.columns[canonical] ?? ''}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${fieldId}-error` : undefined}
                onChange={(event) => setColumn(canonical, event.target.value)}
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
        })}
      </div>
      <p>{ignored.length ? t('data.mapping.ignored', { columns: ignored.join(', ') }) : t('data.mapping.noneIgnored')}</p>
      <details>
        <summary>{t('data.mapping.valuesTitle')}</summary>
        <p className="hint">{t('data.mapping.valuesHint')}</p>
        {draft.values.map((row, index) => (
          <div className="count-row" key={index}>
            <div className="field">
              <label htmlFor={`${id}-vc-${index}`}>{t('data.mapping.valueColumn')}</label>
              <select id={`${id}-vc-${index}`} value={row.column} onChange={(event) => setValue(index, { column: event.target.value })}>
                {CANONICAL_COLUMNS.filter((c) => !['district_code', 'school_code'].includes(c)).map((c) => (
                  <option key={c} value={c}>
                    {t(`data.column.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-vf-${index}`}>{t('data.mapping.valueFrom')}</label>
              <input id={`${id}-vf-${index}`} type="text" value={row.from} onChange={(event) => setValue(index, { from: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-vt-${index}`}>{t('data.mapping.valueTo')}</label>
              <input id={`${id}-vt-${index}`} type="text" value={row.to} onChange={(event) => setValue(index, { to: event.target.value })} />
            </div>
            <button
              type="button"
              className="button button-small"
              onClick={() => onChange({ ...draft, values: draft.values.filter((_, i) => i !== index) })}
            >
              {t('data.mapping.removeValue')}
            </button>
          </div>
        ))}
        <p>
          <button
            type="button"
            className="button button-small"
            onClick={() => onChange({ ...draft, values: [...draft.values, { column: 'ethnicity', from: '', to: '' }] })}
          >
            {t('data.mapping.addValue')}
          </button>
        </p>
        <div className="field">
          <label htmlFor={`${id}-sep`}>{t('data.mapping.separator')}</label>
          <input
            id={`${id}-sep`}
            type="text"
            size={3}
            maxLength={3}
            value={draft.separator}
            onChange={(event) => onChange({ ...draft, separator: event.target.value })}
          />
        </div>
      </details>
    </fieldset>
  );
}
