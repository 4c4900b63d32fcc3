import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Measure } from '../../api';
import { formatDate } from '../../format';
import { FormAlert, SubmitButton, TextField, invalid, useForm, useProblemText } from '../forms';

type Point = Measure['points'][number];

const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;

/** A row's Edit and Remove buttons; removing asks first, in the row (as the team's members table does). */
export function PointActions({
  point,
  confirming,
  setConfirming,
  edit,
  remove,
}: {
  point: Point;
  confirming: boolean;
  setConfirming: (on: boolean) => void;
  edit: (point: Point) => void;
  remove: (point: Point) => Promise<void>;
}) {
  const { t } = useTranslation();
  const date = formatDate(point.date);
  return (
    <td className="row-actions">
      {confirming ? (
        <span role="group" aria-label={t('measure.edit.confirmRemove', { date })}>
          <span className="confirm-text">{t('measure.edit.confirmRemove', { date })}</span>{' '}
          <button type="button" className="button button-danger button-small" onClick={() => void remove(point)}>
            {t('measure.edit.confirmRemoveYes', { date })}
          </button>{' '}
          <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
            {t('form.cancel')}
          </button>
        </span>
      ) : (
        <>
          <button type="button" className="button button-small" onClick={() => edit(point)}>
            {t('measure.edit.edit')}
            <span className="visually-hidden"> {t('measure.edit.ofPoint', { date })}</span>
          </button>{' '}
          <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
            {t('measure.edit.remove')}
            <span className="visually-hidden"> {t('measure.edit.ofPoint', { date })}</span>
          </button>
        </>
      )}
    </td>
  );
}

/** Corrects one point: its value, its note, and whether the team judges it astronomical. */
export function PointForm({
  measure,
  point,
  saved,
  cancel,
}: {
  measure: Measure;
  point: Point;
  saved: (measure: Measure) => void;
  cancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [value, setValue] = useState(String(point.value));
  const [note, setNote] = useState(point.note ?? '');
  const [astronomical, setAstronomical] = useState(point.astronomical);
  const date = formatDate(point.date);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [point.date]);
  const onSubmit = form.submit(async () => {
    if (!NUMBER.test(value.trim())) throw invalid(t('errors.checkFields'), { value: t('measure.add.valueInvalid') });
    saved(await api.updateMeasurePoint(measure.id, point.date, { value: Number(value.trim()), note: note.trim(), astronomical }));
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="edit-point">
      <h3 id="edit-point" tabIndex={-1} ref={heading}>
        {t('measure.edit.title', { date })}
      </h3>
      <FormAlert message={form.errors.form} />
      <TextField label={t('measure.add.value', { unit: measure.unit })} name="edit-value" inputMode="decimal" value={value}
        onChange={(e) => setValue(e.target.value)} error={form.errors.fields.value} />
      <TextField label={t('measure.add.note')} name="edit-note" optional value={note}
        onChange={(e) => setNote(e.target.value)} error={form.errors.fields.note} />
      <div className="checkbox">
        <input id="edit-astronomical" type="checkbox" checked={astronomical} onChange={(e) => setAstronomical(e.target.checked)} />{' '}
        <label htmlFor="edit-astronomical">{t('measure.edit.astronomical')}</label>
      </div>
      <SubmitButton busy={form.busy}>{t('measure.edit.save')}</SubmitButton>{' '}
      <button type="button" className="button" onClick={cancel}>
        {t('form.cancel')}
      </button>
    </form>
  );
}

/** The state of editing and removing points: which point is open, which asks to be confirmed, and the removal. */
export function usePointEditing(measure: Measure, changed: (measure: Measure, status: string) => void) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [editing, setEditing] = useState<Point | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function remove(point: Point) {
    setError(null);
    try {
      const updated = await api.removeMeasurePoint(measure.id, point.date);
      setConfirming(null);
      if (editing?.date === point.date) setEditing(null);
      changed(updated, t('measure.edit.removed', { date: formatDate(point.date) }));
    } catch (e) {
      setError(problemText(e));
    }
  }
  return { editing, setEditing, confirming, setConfirming, error, remove };
}
