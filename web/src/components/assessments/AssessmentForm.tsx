import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_AREAS, api, type Assessment, type AssessmentArea, type AssessmentCriteria } from '../../api';
import { parseNumber, RATINGS } from '../../assessments';
import { FormAlert, RadioGroup, SubmitButton, TextAreaField, TextField, invalid, useForm } from '../forms';

type Rating = '' | '1' | '2' | '3' | '4' | '5';

interface Draft {
  term: string;
  taken_on: string;
  ratings: Record<AssessmentArea, Rating>;
  evidence: Record<AssessmentArea, string>;
  observed: Record<number, string>;
}

const blank = <T,>(value: T) => Object.fromEntries(ASSESSMENT_AREAS.map((a) => [a, value])) as Record<AssessmentArea, T>;

function check(t: (key: string) => string, draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.term.trim()) errors.term = t('assessments.form.termRequired');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.taken_on)) errors.taken_on = t('assessments.form.dateRequired');
  ASSESSMENT_AREAS.forEach((area, i) => {
    if (!draft.ratings[area]) errors[`ratings[${i}].rating`] = t('assessments.form.ratingRequired');
  });
  return errors;
}

function AreaFields({ area, index, draft, set, errors }: {
  area: AssessmentArea; index: number; draft: Draft; set: (change: (d: Draft) => Draft) => void; errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <div className="assessment-area">
      <RadioGroup<Rating> legend={t(`plan.area.${area}`)} name={`ratings[${index}].rating`} value={draft.ratings[area]}
        options={RATINGS.map((r) => ({ value: String(r) as Rating, label: `${r} · ${t(`assessments.level.${r}`)}` }))}
        onChange={(value) => set((d) => ({ ...d, ratings: { ...d.ratings, [area]: value } }))}
        error={errors[`ratings[${index}].rating`] ?? errors[`ratings[${index}].area`]} />
      <TextAreaField label={t('assessments.form.evidence', { area: t(`plan.area.${area}`) })} name={`ratings[${index}].evidence`}
        optional value={draft.evidence[area]} onChange={(value) => set((d) => ({ ...d, evidence: { ...d.evidence, [area]: value } }))} />
    </div>
  );
}

/** A new self-assessment: a term and a date, a rating with evidence per area, and a value per criterion. */
export function AssessmentForm({ teamId, criteria, created }: {
  teamId: number; criteria: AssessmentCriteria; created: (assessment: Assessment) => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [draft, setDraft] = useState<Draft>({ term: '', taken_on: '', ratings: blank<Rating>(''), evidence: blank(''), observed: {} });
  const onSubmit = form.submit(async () => {
    const errors = check(t, draft);
    if (Object.keys(errors).length) throw invalid(t('errors.checkFields'), errors);
    const observations = criteria.criteria.flatMap((c) => {
      const value = parseNumber(draft.observed[c.id] ?? '');
      return value === null ? [] : [{ criterion_id: c.id, value }];
    });
    const made = await api.createAssessment(teamId, {
      term: draft.term.trim(),
      taken_on: draft.taken_on,
      ratings: ASSESSMENT_AREAS.map((area) => ({ area, rating: Number(draft.ratings[area]), evidence: draft.evidence[area].trim() })),
      observations,
    });
    created(made);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="new-assessment">
      <h2 id="new-assessment">{t('assessments.form.title')}</h2>
      <FormAlert message={form.errors.form} />
      <TextField label={t('assessments.form.term')} hint={t('assessments.form.termHint')} name="term" value={draft.term}
        onChange={(e) => setDraft((d) => ({ ...d, term: e.target.value }))} error={form.errors.fields.term} />
      <TextField label={t('assessments.form.takenOn')} name="taken_on" type="date" value={draft.taken_on}
        onChange={(e) => setDraft((d) => ({ ...d, taken_on: e.target.value }))} error={form.errors.fields.taken_on} />
      {ASSESSMENT_AREAS.map((area, i) => (
        <AreaFields key={area} area={area} index={i} draft={draft} set={setDraft} errors={form.errors.fields} />
      ))}
      {criteria.criteria.map((c, i) => (
        <TextField key={c.id} label={t('assessments.form.observed', { criterion: c.description, unit: c.unit })}
          name={`observations[${i}].value`} optional inputMode="decimal" value={draft.observed[c.id] ?? ''}
          hint={c.measure_id ? t('assessments.form.fromMeasure') : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, observed: { ...d.observed, [c.id]: e.target.value } }))} />
      ))}
      <SubmitButton busy={form.busy}>{t('assessments.form.submit')}</SubmitButton>
    </form>
  );
}
