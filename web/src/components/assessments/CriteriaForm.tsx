import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AssessmentCriteria, type MeasureSummary } from '../../api';
import { parseNumber } from '../../assessments';
import { FormAlert, SelectField, SubmitButton, TextField, invalid, useForm } from '../forms';

interface Row {
  id?: number;
  description: string;
  threshold: string;
  unit: string;
  lower: boolean;
  measure_id: number | null;
}

const rowsOf = (criteria: AssessmentCriteria): Row[] =>
  criteria.criteria.map((c) => ({
    id: c.id,
    description: c.description,
    threshold: String(c.threshold),
    unit: c.unit,
    lower: c.direction === 'lower_is_better',
    measure_id: c.measure_id ?? null,
  }));

function CriterionFields({ row, index, measures, set, remove, errors }: {
  row: Row; index: number; measures: MeasureSummary[]; set: (change: Partial<Row>) => void; remove: () => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const at = `criteria[${index}]`;
  return (
    <fieldset className="criterion">
      <legend>{t('assessments.criteria.item', { number: index + 1 })}</legend>
      <TextField label={t('assessments.criteria.description')} name={`${at}.description`} value={row.description}
        onChange={(e) => set({ description: e.target.value })} error={errors[`${at}.description`]} />
      <TextField label={t('assessments.criteria.threshold')} name={`${at}.threshold`} inputMode="decimal" value={row.threshold}
        onChange={(e) => set({ threshold: e.target.value })} error={errors[`${at}.threshold`]} />
      <TextField label={t('assessments.criteria.unit')} name={`${at}.unit`} optional value={row.unit}
        onChange={(e) => set({ unit: e.target.value })} />
      <SelectField label={t('assessments.criteria.measure')} name={`${at}.measure_id`} value={row.measure_id == null ? '' : String(row.measure_id)}
        options={[{ value: '', label: t('assessments.criteria.noMeasure') }, ...measures.map((m) => ({ value: String(m.id), label: m.name }))]}
        onChange={(value) => set({ measure_id: value ? Number(value) : null })} error={errors[`${at}.measure_id`]} />
      {row.measure_id == null ? (
        <div className="checkbox">
          <input type="checkbox" id={`${at}-lower`} checked={row.lower} onChange={(e) => set({ lower: e.target.checked })} />
          <label htmlFor={`${at}-lower`}>{t('assessments.criteria.lower')}</label>
        </div>
      ) : (
        <p className="hint">{t('assessments.criteria.directionFromMeasure')}</p>
      )}
      <button type="button" className="button button-small" onClick={remove}>
        {t('assessments.criteria.remove', { number: index + 1 })}
      </button>
    </fieldset>
  );
}

/** Declares the team's criteria as their next version; a stale version shows the form's problem and keeps the rows. */
export function CriteriaForm({ teamId, criteria, measures, saved }: {
  teamId: number; criteria: AssessmentCriteria; measures: MeasureSummary[]; saved: (criteria: AssessmentCriteria) => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(criteria));
  const onSubmit = form.submit(async () => {
    const errors: Record<string, string> = {};
    rows.forEach((row, i) => {
      if (!row.description.trim()) errors[`criteria[${i}].description`] = t('assessments.criteria.descriptionRequired');
      if (parseNumber(row.threshold) === null) errors[`criteria[${i}].threshold`] = t('assessments.criteria.thresholdInvalid');
    });
    if (Object.keys(errors).length) throw invalid(t('errors.checkFields'), errors);
    const next = await api.declareAssessmentCriteria(teamId, {
      version: criteria.version,
      criteria: rows.map((row) => ({
        ...(row.id ? { id: row.id } : {}),
        description: row.description.trim(),
        threshold: parseNumber(row.threshold) ?? 0,
        unit: row.unit.trim(),
        direction: row.lower ? 'lower_is_better' : 'higher_is_better',
        measure_id: row.measure_id,
      })),
    });
    saved(next);
  });
  const update = (i: number, change: Partial<Row>) => setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...change } : r)));
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="criteria-form">
      <h3 id="criteria-form">{t('assessments.criteria.formTitle')}</h3>
      <FormAlert message={form.errors.form} />
      {rows.map((row, i) => (
        <CriterionFields key={row.id ?? `new-${i}`} row={row} index={i} measures={measures} errors={form.errors.fields}
          set={(change) => update(i, change)} remove={() => setRows((rs) => rs.filter((_, k) => k !== i))} />
      ))}
      <p>
        <button type="button" className="button button-small"
          onClick={() => setRows((rs) => [...rs, { description: '', threshold: '', unit: '%', lower: false, measure_id: null }])}>
          {t('assessments.criteria.add')}
        </button>
      </p>
      <SubmitButton busy={form.busy}>{t('assessments.criteria.save')}</SubmitButton>
    </form>
  );
}
