import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_AREAS, api, type Assessment, type AssessmentArea, type AssessmentCriteria } from '../../api';
import { RATINGS } from '../../assessments';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { FormAlert, RadioGroup, SubmitButton, TextAreaField, TextField, useForm } from '../forms';
import { checkDraft, emptyDraft, inputOf, type Draft, type Rating } from './draft';

type SetDraft = (change: (d: Draft) => Draft) => void;

function AreaFields({ area, index, draft, set, errors }: {
  area: AssessmentArea; index: number; draft: Draft; set: SetDraft; errors: Record<string, string>;
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

/** The fields of a self-assessment, new or corrected: term, date, a rating with evidence per area, a value per criterion. */
export function AssessmentFields({ draft, set, criteria, errors }: {
  draft: Draft; set: SetDraft; criteria: AssessmentCriteria; errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('assessments.form.term')} hint={t('assessments.form.termHint')} name="term" value={draft.term}
        onChange={(e) => set((d) => ({ ...d, term: e.target.value }))} error={errors.term} />
      <TextField label={t('assessments.form.takenOn')} name="taken_on" type="date" value={draft.taken_on}
        onChange={(e) => set((d) => ({ ...d, taken_on: e.target.value }))} error={errors.taken_on} />
      {ASSESSMENT_AREAS.map((area, i) => (
        <AreaFields key={area} area={area} index={i} draft={draft} set={set} errors={errors} />
      ))}
      {criteria.criteria.map((c, i) => (
        <TextField key={c.id} label={t('assessments.form.observed', { criterion: c.description, unit: c.unit })}
          name={`observations[${i}].value`} optional inputMode="decimal" value={draft.observed[c.id] ?? ''}
          hint={c.measure_id ? t('assessments.form.fromMeasure') : undefined}
          onChange={(e) => set((d) => ({ ...d, observed: { ...d.observed, [c.id]: e.target.value } }))} />
      ))}
    </>
  );
}

/** A new self-assessment: a term and a date, a rating with evidence per area, and a value per criterion. */
export function AssessmentForm({ teamId, criteria, created }: {
  teamId: number; criteria: AssessmentCriteria; created: (assessment: Assessment) => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const onSubmit = form.submit(async () => {
    const errors = checkDraft(t, draft);
    checkFields(t('errors.checkFields'), FORM_RULES.assessment, { term: draft.term, taken_on: draft.taken_on }, errors);
    created(await api.createAssessment(teamId, inputOf(draft, criteria)));
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="new-assessment">
      <h2 id="new-assessment">{t('assessments.form.title')}</h2>
      <FormAlert message={form.errors.form} />
      <AssessmentFields draft={draft} set={setDraft} criteria={criteria} errors={form.errors.fields} />
      <SubmitButton busy={form.busy}>{t('assessments.form.submit')}</SubmitButton>
    </form>
  );
}
