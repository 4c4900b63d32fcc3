import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_AREAS, ApiError, api, type Assessment, type AssessmentCriteria } from '../../api';
import { formatDate } from '../../format';
import { EditConflict, useConflictFocus, useConflictWords } from '../EditConflict';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { AssessmentFields } from './AssessmentForm';
import { checkDraft, draftOf, inputOf, type Draft } from './draft';

/** A self-assessment as text, for the two sides of a conflict: the term and date, each rating with its evidence. */
function DraftSummary({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('assessments.record.title', { term: draft.term, date: draft.taken_on ? formatDate(draft.taken_on) : '—' })}</p>
      <ul>
        {ASSESSMENT_AREAS.map((area) => (
          <li key={area}>
            <strong>{t(`plan.area.${area}`)}</strong>: {draft.ratings[area] || '—'}
            {draft.evidence[area] && <span className="meta"> — {draft.evidence[area]}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The saved assessment a 409 carries, or null when the refusal is another one. */
function staleCurrent(failure: unknown): Assessment | null {
  if (!(failure instanceof ApiError) || failure.status !== 409) return null;
  return (failure.problem as unknown as { current?: Assessment }).current ?? null;
}

/**
 * Corrects a saved self-assessment in place. Someone saving it first (a stale version) shows their values beside
 * the ones typed here, which stay in the form until the user picks.
 */
export function EditAssessment({ teamId, assessment, criteria, saved, cancel }: {
  teamId: number; assessment: Assessment; criteria: AssessmentCriteria; saved: (a: Assessment) => void; cancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const words = useConflictWords('assessments.form');
  const [draft, setDraft] = useState<Draft>(() => draftOf(assessment));
  const [base, setBase] = useState(assessment.version);
  const [conflict, setConflict] = useState<Assessment | null>(null);
  const headingId = `edit-assessment-${assessment.id}`;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const picked = useConflictFocus(conflict, form.formRef);
  const pick = (version: number) => { picked(); setBase(version); setConflict(null); };
  const onSubmit = form.submit(async () => {
    const errors = checkDraft(t, draft);
    checkFields(t('errors.checkFields'), FORM_RULES.assessment, { term: draft.term, taken_on: draft.taken_on }, errors);
    try {
      saved(await api.updateAssessment(teamId, assessment.id, { ...inputOf(draft, criteria), version: base }));
    } catch (failure) {
      const current = staleCurrent(failure);
      if (!current) throw failure;
      setConflict(current);
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>{t('assessments.edit.title', { term: assessment.term })}</h3>
      <FormAlert message={form.errors.form} />
      {conflict && (
        <EditConflict id={headingId} level={4} words={words}
          theirs={<DraftSummary draft={draftOf(conflict)} />} mine={<DraftSummary draft={draft} />}
          onKeepMine={() => pick(conflict.version)}
          onUseTheirs={() => { setDraft(draftOf(conflict)); pick(conflict.version); }} />
      )}
      <AssessmentFields draft={draft} set={setDraft} criteria={criteria} errors={form.errors.fields} />
      <div className="actions">
        <SubmitButton busy={form.busy}>{t('assessments.edit.save', { term: assessment.term })}</SubmitButton>{' '}
        <button type="button" className="button" onClick={cancel}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}
