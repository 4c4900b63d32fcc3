import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, type AgendaKind } from '../../api';
import { SelectField, TextField } from '../forms';
import { rowOf, type Preview, type Row } from './plan';

/** The open items the server will put at the top of a new meeting's agenda. */
function CarriedPreview({ preview }: { preview: Preview[] }) {
  const { t } = useTranslation();
  if (preview.length === 0) return null;
  return (
    <div className="carried">
      <p>{t('planner.carriedPreview', { count: preview.length })}</p>
      <ul>
        {preview.map((p, i) => (
          <li key={i}>{p.title}</li>
        ))}
      </ul>
    </div>
  );
}

/** One agenda item: title, minutes, kind and a remove button. */
function AgendaRowEditor({
  row,
  index,
  onChange,
  onRemove,
  titleError,
  minutesError,
}: {
  row: Row;
  index: number;
  onChange: (change: Partial<Row>) => void;
  onRemove: () => void;
  titleError: string | undefined;
  minutesError: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <li className="agenda-row">
      {row.carried_over && <span className="badge badge-planned">{t('planner.carriedBadge')}</span>}
      <TextField label={t('planner.itemTitle', { number: index + 1 })} name={`agenda-${index}-title`} value={row.title} onChange={(e) => onChange({ title: e.target.value })} error={titleError} />
      <TextField
        label={t('planner.itemMinutes', { number: index + 1 })}
        name={`agenda-${index}-minutes`}
        inputMode="numeric"
        className="narrow-input"
        value={row.minutesText}
        onChange={(e) => onChange({ minutesText: e.target.value })}
        error={minutesError}
      />
      <SelectField<AgendaKind>
        label={t('planner.itemKind', { number: index + 1 })}
        name={`agenda-${index}-kind`}
        value={row.kind}
        options={AGENDA_KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))}
        onChange={(v) => onChange({ kind: v })}
      />
      <button type="button" className="button button-small" onClick={onRemove}>
        {t('planner.remove')}
        <span className="visually-hidden"> {t('planner.itemTitle', { number: index + 1 })}</span>
      </button>
    </li>
  );
}

/** The agenda: carried-over items to come, the items being planned, and a button to add one. */
export function AgendaEditor({
  agenda,
  onChange,
  preview,
  share,
  fieldError,
}: {
  agenda: Row[];
  onChange: (agenda: Row[]) => void;
  preview: Preview[];
  share: number;
  fieldError: (name: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const setRow = (key: number, change: Partial<Row>) => onChange(agenda.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <fieldset className={`field group${fieldError('agenda') ? ' field-invalid' : ''}`}>
      <legend>{t('planner.agenda')}</legend>
      <p className="hint">{t('planner.agendaHint', { share })}</p>
      {fieldError('agenda') && (
        <p className="field-error">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {fieldError('agenda')}
        </p>
      )}
      <CarriedPreview preview={preview} />
      <ol className="agenda-editor">
        {agenda.map((row, index) => (
          <AgendaRowEditor
            key={row.key}
            row={row}
            index={index}
            onChange={(change) => setRow(row.key, change)}
            onRemove={() => onChange(agenda.filter((r) => r.key !== row.key))}
            titleError={fieldError(`agenda[${index}].title`)}
            minutesError={fieldError(`agenda[${index}].minutes`)}
          />
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={() => onChange([...agenda, rowOf({ title: '', minutes: 10, kind: 'topic' })])}>
        {t('planner.addItem')}
      </button>
    </fieldset>
  );
}
