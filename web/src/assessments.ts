import type { AssessmentList } from './api';

export const RATINGS = [1, 2, 3, 4, 5] as const;
export const RATING_KEYS = [
  'exploration_and_research',
  'beginning_development',
  'initial_implementation',
  'full_implementation',
  'full_implementation_and_sustainability',
] as const;

export type Verdict = 'none_yet' | 'fully_implemented' | 'not_yet';

/** What the page says in plain words about the latest self-assessment. */
export function verdict(list: Pick<AssessmentList, 'assessments' | 'fully_implemented'>): Verdict {
  if (!list.assessments.length) return 'none_yet';
  return list.fully_implemented ? 'fully_implemented' : 'not_yet';
}

/** A number typed in a form ("72", "72.5", "72,5"), or null when empty or not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed || !/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

export interface ChartGeometry {
  width: number;
  height: number;
  x: (index: number) => number;
  y: (rating: number) => number;
}

/** Where the chart of ratings (1 to 5) over `terms` assessments puts each point, leaving room for the labels. */
export function chartGeometry(terms: number, width = 560, height = 220): ChartGeometry {
  const left = 56;
  const right = 56;
  const top = 16;
  const bottom = 36;
  const span = Math.max(terms - 1, 1);
  return {
    width,
    height,
    x: (index) => (terms <= 1 ? (left + width - right) / 2 : left + ((width - left - right) * index) / span),
    y: (rating) => top + ((height - top - bottom) * (5 - rating)) / 4,
  };
}
