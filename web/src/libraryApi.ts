// The client for the resource library (issue 12; docs/api.md, "The resource library"): search, add, change, remove,
// and a file's upload. The types are docs/openapi.json's.
import { RawBody, request } from './api';
import type { components } from './generated/openapi';
import { TOPICS } from './matchingApi';

export type Resource = components['schemas']['Resource'];
export type ResourceInput = components['schemas']['ResourceInput'];
export type ResourcePatch = components['schemas']['ResourcePatch'];
export type ResourceKind = Resource['kind'];
export type ShareScope = Resource['share']['scope'];
export const RESOURCE_KINDS: ResourceKind[] = ['link', 'file', 'note'];
export const SHARE_SCOPES: ShareScope[] = ['network', 'organization', 'team'];
/** The topics a resource is tagged with: matching's vocabulary (domain/matching.hpp; labels: matching.topics.*). */
export const LIBRARY_TOPICS = TOPICS;
/** The server's limit (src/api/resource_files_api.cpp). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface LibrarySearch {
  q: string;
  topic: string;
  grades: string;
  scope: ShareScope | '';
}

/** The query string of a search: only the filters that are set. */
export function libraryQuery(search: LibrarySearch): string {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.topic) params.set('topic', search.topic);
  if (search.grades.trim()) params.set('grades', search.grades.trim());
  if (search.scope) params.set('scope', search.scope);
  return params.toString();
}

export const libraryApi = {
  search: (search: LibrarySearch) => {
    const query = libraryQuery(search);
    return request<{ resources: Resource[] }>('GET', `/resources${query ? `?${query}` : ''}`);
  },
  create: (input: ResourceInput) => request<Resource>('POST', '/resources', input),
  update: (id: number, patch: ResourcePatch) => request<Resource>('PATCH', `/resources/${id}`, patch),
  remove: (id: number) => request<void>('DELETE', `/resources/${id}`),
  upload: (id: number, file: File) =>
    request<Resource>('PUT', `/resources/${id}/file?name=${encodeURIComponent(file.name)}`, new RawBody(file, 'application/octet-stream')),
};
