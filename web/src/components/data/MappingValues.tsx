import { useTranslation } from 'react-i18next';
import { CANONICAL_COLUMNS } from '../../dataApi';
import type { MappingDraft } from './MappingEditor';

type ValueRow = MappingDraft['values'][number];

const VALUE_COLUMNS = CANONICAL_COLUMNS.filter((c) => !['district_code', 'school_code'].includes(c));

function ValueRowFields({ id, index, row, onChange, onRemove }: { id: string; index: number; row: ValueRow; onChange: (change: Partial<ValueRow>) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="count-row">
      <div className="field">
        <label htmlFor={`${id}-vc-${index}`}>{t('data.mapping.valueColumn')}</label>
        <select id={`${id}-vc-${index}`} value={row.column} onChange={(event) => onChange({ column: event.target.value })}>
          {VALUE_COLUMNS.map((c) => (
            <option key={c} value={c}>
              {t(`data.column.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-vf-${index}`}>{t('data.mapping.valueFrom')}</label>
        <input id={`${id}-vf-${index}`} type="text" value={row.from} onChange={(event) => onChange({ from: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-vt-${index}`}>{t('data.mapping.valueTo')}</label>
        <input id={`${id}-vt-${index}`} type="text" value={row.to} onChange={(event) => onChange({ to: event.target.value })} />
      </div>
      <button type="button" className="button button-small" onClick={onRemove}>
        {t('data.mapping.removeValue')}
      </button>
    </div>
  );
}

/** The optional part, folded away: value rows (source value → canonical value) and the programs separator. */
export function MappingValues({ id, draft, onChange }: { id: string; draft: MappingDraft; onChange: (draft: MappingDraft) => void }) {
  const { t } = useTranslation();
  const setValue = (index: number, change: Partial<ValueRow>) =>
    onChange({ ...draft, values: draft.values.map((row, i) => (i === index ? { ...row, ...change } : row)) });
  return (
    <details>
      <summary>{t('data.mapping.valuesTitle')}</summary>
      <p className="hint">{t('data.mapping.valuesHint')}</p>
      {draft.values.map((row, index) => (
        <ValueRowFields
          key={index}
          id={id}
          index={index}
          row={row}
          onChange={(change) => setValue(index, change)}
          onRemove={() => onChange({ ...draft, values: draft.values.filter((_, i) => i !== index) })}
        />
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
  );
}
