// The client for a district's student data and teacher capacity (docs/api.md, "Student data and teacher
// capacity"). JSON requests go through api.ts's `request`; file uploads use XMLHttpRequest so the page can show
// how much of a long file has been sent.
import { ApiError, currentCsrfToken, request, type Problem } from './api';

export type Direction = 'higher_is_better' | 'lower_is_better';
export const DIRECTIONS: Direction[] = ['higher_is_better', 'lower_is_better'];
export type Flag = 'none' | 'under' | 'over' | 'small_n' | 'suppressed' | 'suppressed_by_state';
export type ImportKind = 'aggregate' | 'students' | 'profiles' | 'teachers' | 'dashboard';
export const IMPORT_KINDS: ImportKind[] = ['aggregate', 'dashboard', 'students', 'profiles', 'teachers'];
/** The California School Dashboard indicators a Dashboard file may hold. */
export type DashboardIndicator = 'suspension' | 'chronic_absence';
export const DASHBOARD_INDICATORS: DashboardIndicator[] = ['suspension', 'chronic_absence'];
export type View = 'full' | 'shared';

export interface LanguageOffer {
  language: string;
  program_types: string[];
}

export interface DataSettings {
  min_denominator: number;
  under_ratio: number;
  over_ratio: number;
  suppress_at_most: number;
  offered_languages: LanguageOffer[];
  version: number;
}

export interface IndicatorSummary {
  indicator: string;
  direction: Direction;
  /** Newest first. */
  years: number[];
  /** The district first, then its schools. */
  org_codes: string[];
}

export interface DataShare {
  indicator: string;
  year: number;
  shared_by_name: string;
  shared_at: string;
}

/** What an import reports; which fields appear depends on the kind. */
export interface ImportSummary {
  kind?: ImportKind | 'manual';
  rows?: number;
  counts?: number;
  organizations?: number;
  districts?: number;
  indicators?: string[];
  years?: number[];
  schools?: number;
  programs?: string[];
  ignored_columns?: string[];
  organizations_updated?: number;
  teachers?: number;
  indicator?: string;
  org_code?: string;
  /** A Dashboard file (with `indicator`): the district's rows taken, the state's suppressed cells (stored as unknown). */
  rows_taken?: number;
  suppressed_cells?: number;
  unknown_counts?: number;
  ignored_groups?: string[];
}

export interface ImportRecord {
  id: number;
  kind: ImportKind | 'manual';
  year: number | null;
  filename: string;
  rows: number;
  counts: number;
  summary: ImportSummary;
  created_by_name: string;
  created_at: string;
}

/** A column and value mapping (include/trellis/analytics/column_mapping.hpp): canonical column ← source column. */
export interface ColumnMapping {
  columns?: Record<string, string>;
  values?: Record<string, Record<string, string>>;
  program_separator?: string;
  program_grades?: Record<string, string[]>;
}

export const CANONICAL_COLUMNS = [
  'district_code',
  'school_code',
  'grade',
  'ethnicity',
  'gender',
  'el',
  'ltel',
  'sed',
  'swd',
  'foster',
  'homeless',
  'home_language',
  'programs',
] as const;
export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

export interface SavedMapping {
  id: number;
  name: string;
  mapping: ColumnMapping;
  version: number;
  updated_at: string;
}

export interface DataOverview {
  organization_id: number;
  district_code: string | null;
  settings: DataSettings;
  indicators: IndicatorSummary[];
  /** Every code the overview names (the district's, its schools'), with the name Trellis holds; null: none known. */
  place_names: Record<string, string | null>;
  shares: DataShare[];
  imports: ImportRecord[];
  mappings: SavedMapping[];
}

export interface GroupResult {
  group: string;
  denominator: number | null;
  numerator: number | null;
  rate: number | null;
  others_rate: number | null;
  rate_ratio: number | null;
  population_share: number | null;
  numerator_share: number | null;
  flag: Flag;
  suppressed: boolean;
}

export interface TrendPoint {
  year: number;
  rate: number | null;
  rate_ratio: number | null;
  flag: Flag;
  suppressed: boolean;
}

export interface Trend {
  group: string;
  points: TrendPoint[];
  rate_change: number | null;
}

export interface IndicatorReport {
  indicator: string;
  direction: Direction;
  year: number;
  groups: GroupResult[];
  trends: Trend[];
}

export interface Analysis {
  org_code: string;
  /** The district's or school's name; null when Trellis holds no organization with the code. */
  org_name?: string | null;
  year: number | null;
  shared: boolean;
  settings: Omit<DataSettings, 'offered_languages' | 'version'> & Partial<DataSettings>;
  indicators: IndicatorReport[];
}

export interface AnalysisQuery {
  indicator?: string;
  year?: number;
  org_code?: string;
  view?: View;
}

export interface CountRow {
  group: string;
  denominator: number;
  numerator: number;
}

export interface CountsInput {
  org_code?: string;
  year: number;
  indicator: string;
  direction: Direction;
  groups: CountRow[];
}

export interface TeacherProfile {
  id: number;
  source: 'self' | 'import' | string;
  own: boolean;
  name: string;
  credentials: string[];
  years_experience: number | null;
  languages: string[];
  grade_spans: string[];
  program_types: string[];
  learning_needs: string[];
  professional_organizations: string[];
  version: number;
  updated_at: string;
}

export type TeacherProfileInput = Omit<TeacherProfile, 'id' | 'source' | 'own' | 'updated_at' | 'years_experience' | 'name'> & {
  name?: string;
  years_experience?: number | null;
};

export interface TeacherCapacity {
  teachers: number;
  languages: (LanguageOffer & { qualified_teachers: number; teaching_without_credential: number; at_risk: boolean })[];
  experience: { band: string; teachers: number }[];
  priorities: { need: string; points: number; teachers: number }[];
}

export interface DataView {
  id: number;
  module: string;
  section: string;
  organization_id: number;
  org_code: string;
  /** The district's or school's name; null when Trellis holds no organization with the code. */
  org_name: string | null;
  indicator: string;
  year: number;
  note: string;
  attached_by_name: string;
  attached_at: string;
}

export interface SharedItem {
  organization_id: number;
  organization_name: string;
  indicator: string;
  year: number;
  shared_by_name: string;
  shared_at: string;
}

/** One entry of a district's data access log (docs/api.md, "A district's records"). */
export type AuditAction = 'data.read' | 'data.export' | 'data.share' | 'data.unshare' | 'data.import' | 'data.delete' | 'organization.export';
export const AUDIT_ACTIONS: AuditAction[] = ['data.read', 'data.export', 'data.share', 'data.unshare', 'data.import', 'data.delete', 'organization.export'];

export interface AuditEvent {
  id: number;
  action: AuditAction;
  user_id: number | null;
  user_name: string;
  detail: { indicator?: string | null; year?: number | null; org_code?: string; view?: string; format?: string; kind?: string; filename?: string; deleted?: Record<string, number> };
  client_address: string;
  created_at: string;
}

export interface DeletedData {
  deleted: { indicator_counts: number; data_imports: number; data_shares: number; guide_data_views: number };
  kept: string[];
}

const seg = (value: number | string) => encodeURIComponent(String(value));
const base = (orgId: number) => `/organizations/${seg(orgId)}/data`;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The address of an analysis (also the CSV download, with format=csv). */
export function analysisUrl(orgId: number, q: AnalysisQuery & { format?: 'json' | 'csv' }): string {
  return `${base(orgId)}/analysis${query({ ...q })}`;
}

export const dataApi = {
  overview: (orgId: number) => request<DataOverview>('GET', base(orgId)),
  imports: (orgId: number) => request<{ imports: ImportRecord[] }>('GET', `${base(orgId)}/imports`),
  analysis: (orgId: number, q: AnalysisQuery) => request<Analysis>('GET', analysisUrl(orgId, q)),
  putCounts: (orgId: number, input: CountsInput) => request<Analysis>('PUT', `${base(orgId)}/counts`, input),
  getSettings: (orgId: number) => request<DataSettings>('GET', `${base(orgId)}/settings`),
  putSettings: (orgId: number, settings: DataSettings) => request<DataSettings>('PUT', `${base(orgId)}/settings`, settings),
  share: (orgId: number, indicator: string, year: number, shared: boolean) =>
    request<{ shares: DataShare[] }>('PUT', `${base(orgId)}/shares`, { indicator, year, shared }),
  mappings: (orgId: number) => request<{ mappings: SavedMapping[] }>('GET', `${base(orgId)}/mappings`),
  createMapping: (orgId: number, name: string, mapping: ColumnMapping) =>
    request<SavedMapping>('POST', `${base(orgId)}/mappings`, { name, mapping }),
  updateMapping: (orgId: number, mappingId: number, name: string, mapping: ColumnMapping, version: number) =>
    request<SavedMapping>('PUT', `${base(orgId)}/mappings/${seg(mappingId)}`, { name, mapping, version }),
  deleteMapping: (orgId: number, mappingId: number) => request<void>('DELETE', `${base(orgId)}/mappings/${seg(mappingId)}`),
  suggestMapping: (orgId: number, header: string[]) =>
    request<{ mapping: ColumnMapping }>('POST', `${base(orgId)}/mappings/suggest`, { header }),
  networkShared: (networkId: number) => request<{ shared: SharedItem[] }>('GET', `/networks/${seg(networkId)}/shared-data`),
  teachers: (orgId: number) =>
    request<{ profiles: TeacherProfile[]; capacity: TeacherCapacity }>('GET', `/organizations/${seg(orgId)}/teachers`),
  myProfile: (orgId: number) => request<{ profile: TeacherProfile | null }>('GET', `/organizations/${seg(orgId)}/teachers/me`),
  saveMyProfile: (orgId: number, profile: TeacherProfileInput) =>
    request<{ profile: TeacherProfile }>('PUT', `/organizations/${seg(orgId)}/teachers/me`, profile),
  dataViews: (teamId: number, guide: string) =>
    request<{ data_views: DataView[] }>('GET', `/teams/${seg(teamId)}/guides/${seg(guide)}/data-views`),
  attachView: (teamId: number, guide: string, view: { module: string; section: string; indicator: string; year: number; org_code?: string; note?: string }) =>
    request<DataView>('POST', `/teams/${seg(teamId)}/guides/${seg(guide)}/data-views`, view),
  audit: (orgId: number, q: { action?: AuditAction; before?: number; limit?: number } = {}) =>
    request<{ events: AuditEvent[]; next_before: number | null }>('GET', `/organizations/${seg(orgId)}/audit${query(q)}`),
  /** Everything held for the organization, as a file download (the browser follows this address). */
  exportUrl: (orgId: number) => `/api/v1/organizations/${seg(orgId)}/export`,
  deleteData: (orgId: number, confirm: string) => request<DeletedData>('POST', `${base(orgId)}/delete`, { confirm }),
  detachView: (teamId: number, guide: string, viewId: number) =>
    request<void>('DELETE', `/teams/${seg(teamId)}/guides/${seg(guide)}/data-views/${seg(viewId)}`),
};

// ---------------------------------------------------------------------------------------------- uploads

export interface ImportOptions {
  kind: ImportKind;
  year?: number;
  mappingId?: number;
  filename?: string;
  indicator?: DashboardIndicator;
}

export interface ImportResult {
  import: ImportRecord;
  summary: ImportSummary;
}

/** Upload progress: bytes sent so far of the total; `sent` once the whole file is on its way to being read. */
export interface UploadProgress {
  loaded: number;
  total: number;
  sent: boolean;
}

export interface Upload {
  done: Promise<ImportResult>;
  abort: () => void;
}

function problemOf(xhr: XMLHttpRequest): Problem {
  try {
    const problem = JSON.parse(xhr.responseText) as Problem;
    if (typeof problem === 'object' && problem !== null && typeof problem.type === 'string') return { ...problem, status: xhr.status };
  } catch {
    // not a problem document
  }
  return { type: '/problems/unknown', title: xhr.statusText || 'Error', status: xhr.status };
}

/** Sends a file to POST …/data/imports, reporting upload progress; rejects with an ApiError like `request`. */
export function uploadImport(orgId: number, file: Blob, options: ImportOptions, onProgress: (p: UploadProgress) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<ImportResult>((resolve, reject) => {
    const url = `/api/v1${base(orgId)}/imports${query({
      kind: options.kind,
      year: options.year,
      mapping_id: options.mappingId,
      indicator: options.indicator,
      filename: options.filename?.slice(0, 200),
    })}`;
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'en');
    xhr.setRequestHeader('Content-Type', 'text/csv');
    const csrf = currentCsrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size, sent: false });
    xhr.upload.onload = () => onProgress({ loaded: file.size, total: file.size, sent: true });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportResult);
        } catch {
          reject(new ApiError({ type: '/problems/unknown', title: 'Error', status: xhr.status }));
        }
      } else {
        reject(new ApiError(problemOf(xhr)));
      }
    };
    xhr.onerror = () => reject(new ApiError({ type: '/problems/network', title: 'Network error', status: 0 }));
    xhr.onabort = () => reject(new ApiError({ type: '/problems/aborted', title: 'Cancelled', status: 0 }));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

/** The first line of a file, read from its first 64 KiB, split into column names (comma, tab or semicolon). */
export async function readHeader(file: Blob): Promise<string[]> {
  const text = await file.slice(0, 65536).text();
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = ['\t', ';', ','].reduce((best, d) => (line.split(d).length > line.split(best).length ? d : best), ',');
  const names: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      names.push(current.trim());
      current = '';
    } else current += c;
  }
  names.push(current.trim());
  return names.filter((name, index) => name !== '' || index < names.length - 1);
}
