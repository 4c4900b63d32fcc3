// The client for a network's agreements (MOUs) and their coaching log (issue 11; /work/notes/agreements-api.md,
// docs/api.md). JSON requests go through api.ts's `request`, as planApi.ts's do. The types are docs/openapi.json's
// (the served team's accept and decline answers, which have no named schema, are written from the contract).
import { request, type Answer } from './api';
import type { components } from './generated/openapi';

type Schemas = components['schemas'];

export type HoursKind = 'site_visit' | 'virtual_coaching' | 'professional_learning' | 'network_meeting';
export const HOURS_KINDS: HoursKind[] = ['site_visit', 'virtual_coaching', 'professional_learning', 'network_meeting'];
export type AgreementStatus = 'draft' | 'active' | 'ended';
export const AGREEMENT_STATUSES: AgreementStatus[] = ['draft', 'active', 'ended'];
export type HoursWarning = '80' | '100';
export type NextStepStatus = 'proposed' | 'accepted' | 'declined';

export interface OrgRef {
  id: number;
  name: string;
}
export interface PersonRef {
  user_id: number;
  name: string;
}
export type Liaison = Agreement['liaisons'][number];
export type KindHours = Schemas['AgreementHours'];
export type MonthHours = Schemas['Agreement']['monthly'][number];
export type Agreement = Schemas['Agreement'];
export type AgreementInput = Schemas['AgreementCreate'];
export type AgreementVersion = Schemas['AgreementVersion'];
export type NextStep = Schemas['CoachingNextStep'];
export type CoachingEntry = Schemas['CoachingEntry'];
export type NextStepInput = NonNullable<CoachingEntryInput['next_steps']>[number];
export type CoachingEntryInput = Schemas['CoachingEntryCreate'];
export interface AcceptInput {
  meeting_id?: number;
  owner_member_id?: number;
  due_on?: string;
}

const id = (value: number): string => encodeURIComponent(String(value));
const agreement = (agreementId: number): string => `/agreements/${id(agreementId)}`;

export const agreementsApi = {
  listNetworkAgreements: (networkId: number) => request<{ agreements: Agreement[] }>('GET', `/networks/${id(networkId)}/agreements`),
  createAgreement: (networkId: number, input: AgreementInput) => request<Agreement>('POST', `/networks/${id(networkId)}/agreements`, input),
  getAgreement: (agreementId: number) => request<Agreement>('GET', agreement(agreementId)),
  updateAgreement: (agreementId: number, patch: Schemas['AgreementPatch']) => request<Agreement>('PATCH', agreement(agreementId), patch),
  history: (agreementId: number) => request<{ versions: AgreementVersion[] }>('GET', `${agreement(agreementId)}/history`),

  servedTeams: (agreementId: number) => request<{ teams: Schemas['ServedTeam'][] }>('GET', `${agreement(agreementId)}/served-teams`),
  listEntries: (agreementId: number) => request<{ entries: CoachingEntry[] }>('GET', `${agreement(agreementId)}/coaching-log`),
  createEntry: (agreementId: number, input: CoachingEntryInput) =>
    request<Schemas['CoachingLogged']>('POST', `${agreement(agreementId)}/coaching-log`, input),
  updateEntry: (agreementId: number, entryId: number, patch: Schemas['CoachingEntryPatch']) =>
    request<CoachingEntry>('PATCH', `${agreement(agreementId)}/coaching-log/${id(entryId)}`, patch),
  deleteEntry: (agreementId: number, entryId: number) => request<void>('DELETE', `${agreement(agreementId)}/coaching-log/${id(entryId)}`),
  /** The log's export (a plain link the browser saves): `format` "csv" or "xlsx". */
  exportHref: (agreementId: number, format: 'csv' | 'xlsx', lang: string) =>
    `/api/v1${agreement(agreementId)}/coaching-log.${format}?lang=${encodeURIComponent(lang)}`,

  teamCoaching: (teamId: number) => request<{ entries: CoachingEntry[] }>('GET', `/teams/${id(teamId)}/coaching`),
  acceptNextStep: (teamId: number, stepId: number, input: AcceptInput = {}) =>
    request<{ next_step: NextStep; action_item: { id: number; meeting_id: number } }>(
      'POST',
      `/teams/${id(teamId)}/coaching/next-steps/${id(stepId)}/accept`,
      input,
    ),
  declineNextStep: (teamId: number, stepId: number, reason?: string) =>
    request<{ next_step: NextStep }>('POST', `/teams/${id(teamId)}/coaching/next-steps/${id(stepId)}/decline`, reason ? { reason } : {}),
};

/** The people the facilitator's admins may name on the network's agreements, by organization (names only; others
 * get 403 or 404). */
export const networkPeople = (networkId: number) =>
  request<Answer<'/api/v1/networks/{id}/people', 'get'>>('GET', `/networks/${id(networkId)}/people`);
