// The network dashboard and a team's sharing with its networks (issue 11), typed from docs/openapi.json.
import { request, type Answer } from './api';
import type { components } from './generated/openapi';

type Schemas = components['schemas'];
export type NetworkDashboard = Schemas['NetworkDashboard'];
export type DashboardRow = NetworkDashboard['teams'][number];
export type DistrictTotals = NetworkDashboard['districts'][number];
export type DashboardAgreement = NetworkDashboard['agreements'][number];
export type TeamNetworkSharing = Schemas['TeamNetworkSharing'];
export type ShareKind = Schemas['TeamNetworkSharingInput']['kinds'][number];
/** What a team shares; `peers` (who sees it: the member districts' staff too) is asked apart. */
export const SHARE_KINDS: readonly ShareKind[] = ['progress', 'meetings', 'minutes'];
export const PEERS: ShareKind = 'peers';

const id = (n: number) => encodeURIComponent(String(n));

export const networkProgressApi = {
  dashboard: (networkId: number) =>
    request<Answer<'/api/v1/networks/{id}/dashboard', 'get'>>('GET', `/networks/${id(networkId)}/dashboard`),
  /** A plain link the browser saves (the session cookie goes with it), in the reader's language. */
  exportHref: (networkId: number, format: 'csv' | 'xlsx', language: string) =>
    `/api/v1/networks/${id(networkId)}/dashboard.${format}?lang=${encodeURIComponent(language)}`,
  sharing: (teamId: number) =>
    request<Answer<'/api/v1/teams/{id}/network-sharing', 'get'>>('GET', `/teams/${id(teamId)}/network-sharing`),
  setSharing: (teamId: number, kinds: ShareKind[]) =>
    request<Answer<'/api/v1/teams/{id}/network-sharing', 'put'>>('PUT', `/teams/${id(teamId)}/network-sharing`, { kinds }),
};
