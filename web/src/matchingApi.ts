// The client for peer matching (issue 14; docs/api.md, "Peer matching"): a team's need, its matches with every
// factor explained, and the network invitation a facilitator sends from a result (the existing route).
import { request } from './api';
import type { components } from './generated/openapi';

export type TeamMatches = components['schemas']['TeamMatches'];
export type TeamNeed = components['schemas']['TeamNeed'];
export type MatchResult = NonNullable<TeamMatches['results']>[number];
export type MatchFactor = components['schemas']['MatchFactor'];

export const TOPICS = [
  'mtss',
  'foster_youth',
  'homeless_youth',
  'chronic_absence',
  'suspension',
  'dual_immersion',
  'world_languages',
  'english_learners',
  'family_engagement',
  'student_voice',
] as const;
export const WEIGHTS = [
  'declared',
  'mentor',
  'agreements',
  'coaching',
  'outcomes',
  'enrollment',
  'low_income',
  'english_learners',
  'foster',
  'homeless',
  'locale',
  'grade_span',
] as const;

export interface MatchSearch {
  topics: string[];
  q: string;
  county: string;
  kind: string;
  band: string;
  withinKm: string; // '' any distance
  weights: Record<string, string>;
}

/** The query string: topics and text always (so an empty need is an empty need), filters and weights when set. */
export function matchQuery(search: MatchSearch): string {
  const params = new URLSearchParams();
  params.set('topics', search.topics.join(','));
  params.set('q', search.q);
  if (search.county) params.set('county', search.county);
  if (search.kind) params.set('kind', search.kind);
  if (search.band) params.set('band', search.band);
  if (search.withinKm) params.set('within_km', search.withinKm);
  for (const [name, value] of Object.entries(search.weights)) if (value !== '') params.set(`w_${name}`, value);
  return params.toString();
}

export const matchingApi = {
  need: (teamId: number) => request<TeamNeed>('GET', `/teams/${teamId}/need`),
  saveNeed: (teamId: number, need: { topics: string[]; description: string }) => request<TeamNeed>('PUT', `/teams/${teamId}/need`, need),
  matches: (teamId: number, search?: MatchSearch) =>
    request<TeamMatches>('GET', `/teams/${teamId}/matches${search ? `?${matchQuery(search)}` : ''}`),
  invite: (networkId: number, organizationId: number) =>
    request<{ status: string }>('POST', `/networks/${networkId}/members`, { organization_id: organizationId, role: 'peer' }),
};
