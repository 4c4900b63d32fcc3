// What the signed-in person may do with an organization's data, as the server decided (the organization's `may`):
// the pages only hide what it would refuse.
import { api, type OrganizationDetail } from './api';

export interface DataAccess {
  organization: OrganizationDetail;
  /** may.manage_student_data: imports, counts, settings and shares */
  manages: boolean;
  /** may.manage (the organization): the data access log, the export, deleting student data */
  admin: boolean;
  /** may.contribute_student_data: keeps one's own teacher profile */
  keepsProfile: boolean;
}

export async function loadDataAccess(orgId: number): Promise<DataAccess> {
  const organization = await api.getOrganization(orgId);
  const { may } = organization;
  return { organization, manages: may.manage_student_data, admin: may.manage, keepsProfile: may.contribute_student_data };
}

export const dataPaths = {
  overview: (orgId: number) => `/organizations/${orgId}/data`,
  analysis: (orgId: number, q: { indicator?: string; year?: number; org_code?: string; view?: string } = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(q)) if (value !== undefined && value !== '') search.set(key, String(value));
    const text = search.toString();
    return `/organizations/${orgId}/data/analysis${text ? `?${text}` : ''}`;
  },
  import: (orgId: number, kind?: string) => `/organizations/${orgId}/data/import${kind ? `?kind=${kind}` : ''}`,
  counts: (orgId: number) => `/organizations/${orgId}/data/counts`,
  settings: (orgId: number) => `/organizations/${orgId}/data/settings`,
  teachers: (orgId: number) => `/organizations/${orgId}/teachers`,
  audit: (orgId: number) => `/organizations/${orgId}/data/audit`,
  records: (orgId: number) => `/organizations/${orgId}/data/records`,
};
