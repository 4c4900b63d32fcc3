// Who may do what with an organization's data, as the pages need to know it (the server decides; the pages only
// hide what it would refuse). Admins and data leads import, enter counts, change settings and share; every
// organization member keeps a teacher profile.
import { api, type Organization, type User } from './api';

export interface DataAccess {
  organization: Organization;
  /** admin or data_lead of the organization, or a site admin */
  manages: boolean;
  /** admin of the organization, or a site admin: the data access log, the export, deleting student data */
  admin: boolean;
  /** has a role in the organization (fills in a teacher profile) */
  member: boolean;
}

export async function loadDataAccess(orgId: number, user: User): Promise<DataAccess> {
  const [organization, me] = await Promise.all([api.getOrganization(orgId), api.getMe()]);
  const role = me.organizations.find((o) => o.id === orgId)?.role as string | undefined;
  return {
    organization,
    manages: user.site_admin || role === 'admin' || role === 'data_lead',
    admin: user.site_admin || role === 'admin',
    member: user.site_admin || (role !== undefined && role !== 'viewer'),
  };
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
