import { ASSESSMENT_AREAS, type Assessment, type AssessmentArea, type AssessmentCriteria, type AssessmentInput } from '../../api';
import { parseNumber } from '../../assessments';

export type Rating = '' | '1' | '2' | '3' | '4' | '5';

/** What the self-assessment form holds: text as typed, a rating and evidence per area, a value per criterion. */
export interface Draft {
  term: string;
  taken_on: string;
  ratings: Record<AssessmentArea, Rating>;
  evidence: Record<AssessmentArea, string>;
  observed: Record<number, string>;
}

const blank = <T,>(value: T) => Object.fromEntries(ASSESSMENT_AREAS.map((a) => [a, value])) as Record<AssessmentArea, T>;

export const emptyDraft = (): Draft => ({ term: '', taken_on: '', ratings: blank<Rating>(''), evidence: blank(''), observed: {} });

/** The form's draft of a saved self-assessment, to correct it. */
export function draftOf(assessment: Assessment): Draft {
  const draft = emptyDraft();
  draft.term = assessment.term;
  draft.taken_on = assessment.taken_on;
  for (const r of assessment.ratings) {
    draft.ratings[r.area] = String(r.rating) as Rating;
    draft.evidence[r.area] = r.evidence;
  }
  for (const o of assessment.observations) draft.observed[o.criterion_id] = String(o.value);
  return draft;
}

/** The fields the draft lacks, by the names the server uses. */
export function checkDraft(t: (key: string) => string, draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.term.trim()) errors.term = t('assessments.form.termRequired');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.taken_on)) errors.taken_on = t('assessments.form.dateRequired');
  ASSESSMENT_AREAS.forEach((area, i) => {
    if (!draft.ratings[area]) errors[`ratings[${i}].rating`] = t('assessments.form.ratingRequired');
  });
  return errors;
}

/** The body to save: trimmed text, the six ratings, and the values typed for the current criteria. */
export function inputOf(draft: Draft, criteria: AssessmentCriteria): AssessmentInput {
  const observations = criteria.criteria.flatMap((c) => {
    const value = parseNumber(draft.observed[c.id] ?? '');
    return value === null ? [] : [{ criterion_id: c.id, value }];
  });
  return {
    term: draft.term.trim(),
    taken_on: draft.taken_on,
    ratings: ASSESSMENT_AREAS.map((area) => ({ area, rating: Number(draft.ratings[area]), evidence: draft.evidence[area].trim() })),
    observations,
  };
}
