// The client for the statewide directory (issue 14; docs/api.md, "The statewide directory"): search and an
// organization's public profile. The types are docs/openapi.json's.
import { request, type Answer } from './api';
import type { components } from './generated/openapi';

export type DirectoryEntry = components['schemas']['DirectoryEntry'];
export type DirectoryPage = components['schemas']['DirectoryPage'];
export type DirectoryProfile = components['schemas']['DirectoryProfile'];
export type DirectoryKind = 'county_office' | 'district' | 'school';
export const DIRECTORY_KINDS: DirectoryKind[] = ['district', 'school', 'county_office'];
export type DirectoryStatus = 'open' | 'closed';

export interface DirectorySearch {
  q: string;
  county: string;
  kind: DirectoryKind | '';
  status: DirectoryStatus | '';
  page: number;
}

/** The query string of a search: only the filters that are set (the page from 2). */
export function directoryQuery(search: DirectorySearch): string {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.county) params.set('county', search.county);
  if (search.kind) params.set('kind', search.kind);
  if (search.status) params.set('status', search.status);
  if (search.page > 1) params.set('page', String(search.page));
  return params.toString();
}

export const directoryApi = {
  search: (search: DirectorySearch) => {
    const query = directoryQuery(search);
    return request<DirectoryPage>('GET', `/directory${query ? `?${query}` : ''}`);
  },
  counties: () => request<Answer<'/api/v1/directory/counties', 'get'>>('GET', '/directory/counties'),
  profile: (organizationId: number) => request<DirectoryProfile>('GET', `/directory/${encodeURIComponent(String(organizationId))}`),
};
