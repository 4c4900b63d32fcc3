import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Measure } from '../../api';
import { formatDate } from '../../format';
import { noteNumbers, ruleNames, signalsByDate, withUnit } from '../../measures';
import { FormAlert, SubmitButton, TextField, invalid, useForm } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { TableRegion } from '../page';

/** Every point of the measure, with the signals it is part of: the chart's content as a table. */
export function MeasurePointsTable({
  measure,
  headingRef,
  actions,
}: {
  measure: Measure;
  headingRef: Ref<HTMLHeadingElement>;
  /** The cell of a row's buttons, when the reader may change points. */
  actions?: (point: Measure['points'][number]) => ReactNode;
}) {
  const { t } = useTranslation();
  const rules = signalsByDate(measure.signals);
  const notes = noteNumbers(measure.points);
  return (
    <section aria-labelledby="points">
      <h2 id="points" tabIndex={-1} ref={headingRef}>
        {t('measure.points.title')}
      </h2>
      {measure.points.length ? (
        <TableRegion caption={t('measure.points.caption', { name: measure.name })} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('measure.points.date')}</th>
              <th scope="col">{t('measure.points.value')}</th>
              <th scope="col">{t('measure.points.note')}</th>
              <th scope="col">{t('measure.points.signal')}</th>
              <th scope="col">{t('measure.points.astronomical')}</th>
              {actions && <th scope="col">{t('measure.points.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {measure.points.map((p) => (
              <tr key={p.date}>
                <th scope="row">{formatDate(p.date)}</th>
                <td>{withUnit(p.value, measure.unit)}</td>
                <td>{notes.has(p.date) ? `${t('measure.points.noteNumber', { number: notes.get(p.date) })} ${p.note}` : p.note}</td>
                <td>{ruleNames(t, rules.get(p.date) ?? [], '')}</td>
                <td>{p.astronomical ? t('measure.points.astronomicalYes') : ''}</td>
                {actions?.(p)}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : (
        <p>{t('measure.points.none')}</p>
      )}
    </section>
  );
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The point typed, or the field errors found before sending. */
function checkPoint(t: (key: string) => string, date: string, value: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!DATE.test(date.trim())) errors.date = t('measure.add.dateRequired');
  if (!NUMBER.test(value.trim())) errors.value = t('measure.add.valueInvalid');
  return errors;
}

/**
 * Adds a point. A date that already has one (409) and invalid input (422) show next to their field, and what was
 * typed stays; on success the fields empty and `added` gets the measure computed again.
 */
export function AddPoint({ measure, added }: { measure: Measure; added: (measure: Measure, date: string) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const [date, setDate] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const onSubmit = form.submit(async () => {
    const errors = checkPoint(t, date, value);
    checkFields(t('errors.checkFields'), FORM_RULES.measurePoint, { date, note }, errors);
    const point = { date: date.trim(), value: Number(value.trim()), ...(note.trim() ? { note: note.trim() } : {}) };
    let updated: Measure;
    try {
      updated = await api.addMeasurePoint(measure.id, point);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409)
        throw invalid(t('measure.add.conflict'), { date: t('measure.add.dateTaken', { date: formatDate(point.date) }) });
      throw error;
    }
    setDate('');
    setValue('');
    setNote('');
    added(updated, point.date);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="add-point">
      <h2 id="add-point">{t('measure.add.title')}</h2>
      <FormAlert message={form.errors.form} />
      <TextField label={t('measure.add.date')} hint={t('measure.add.dateHint')} name="date" type="date" value={date}
        onChange={(e) => setDate(e.target.value)} error={form.errors.fields.date} />
      <TextField label={t('measure.add.value', { unit: measure.unit })} name="value" inputMode="decimal" value={value}
        onChange={(e) => setValue(e.target.value)} error={form.errors.fields.value} />
      <TextField label={t('measure.add.note')} name="note" optional value={note}
        onChange={(e) => setNote(e.target.value)} error={form.errors.fields.note} />
      <SubmitButton busy={form.busy}>{t('measure.add.submit')}</SubmitButton>
    </form>
  );
}
