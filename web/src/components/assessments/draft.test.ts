import { describe, expect, it } from 'vitest';
import type { Assessment, AssessmentCriteria } from '../../api';
import { checkDraft, draftOf, emptyDraft, inputOf } from './draft';

const AREAS = ['communication_feedback', 'use_of_data', 'teacher_learning', 'recruitment_retention', 'families_community', 'continuous_improvement'] as const;

const saved = {
  id: 7, team_id: 1, term: 'Fall 2026', taken_on: '2026-11-20', version: 3,
  ratings: AREAS.map((area, i) => ({ area, rating: (i % 5) + 1, level: 'full_implementation', evidence: i === 1 ? 'Data team met' : '' })),
  observations: [{ criterion_id: 11, value: 72.5 }],
  results: [], fully_implemented: false, created_by_name: 'Lead', created_at: '2026-11-20T10:00:00Z',
} as unknown as Assessment;

const criteria = { version: 1, criteria: [{ id: 11 }, { id: 12 }] } as unknown as AssessmentCriteria;

describe('the self-assessment draft', () => {
  it('prefills a saved self-assessment and saves it back unchanged', () => {
    const draft = draftOf(saved);
    expect(draft.term).toBe('Fall 2026');
    expect(draft.ratings.use_of_data).toBe('2');
    expect(draft.evidence.use_of_data).toBe('Data team met');
    expect(draft.observed[11]).toBe('72.5');
    const input = inputOf(draft, criteria);
    expect(input.ratings.map((r) => r.rating)).toEqual(saved.ratings.map((r) => r.rating));
    expect(input.observations).toEqual([{ criterion_id: 11, value: 72.5 }]);
    expect(checkDraft((key) => key, draft)).toEqual({});
  });

  it('names each missing field as the server does', () => {
    const errors = checkDraft((key) => key, emptyDraft());
    expect(Object.keys(errors)).toEqual(['term', 'taken_on', ...AREAS.map((_, i) => `ratings[${i}].rating`)]);
  });
});
