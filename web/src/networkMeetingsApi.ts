// The client for network meetings (issue 11, docs/api.md "Network meetings"): planning one, a network's list, a
// meeting's invitations and logging it as coaching hours. The meeting itself is served by the meeting routes
// (api.ts). Types are docs/openapi.json's.
import { request } from './api';
import type { components } from './generated/openapi';

type Schemas = components['schemas'];

export type NetworkMeeting = Schemas['NetworkMeeting'];
export type NetworkMeetingList = Schemas['NetworkMeetingList'];
export type InvitableOrganization = Schemas['InvitableOrganization'];
export type MeetingInvitations = Schemas['MeetingInvitations'];
export type InvitationInput = Schemas['NetworkMeetingInvitationInput'];
export type NetworkMeetingInput = Schemas['NetworkMeetingInput'];

const id = (value: number): string => encodeURIComponent(String(value));

export const networkMeetingsApi = {
  list: (networkId: number) => request<NetworkMeetingList>('GET', `/networks/${id(networkId)}/meetings`),
  plan: (networkId: number, input: NetworkMeetingInput) => request<NetworkMeeting>('POST', `/networks/${id(networkId)}/meetings`, input),
  invitations: (meetingId: number) => request<MeetingInvitations>('GET', `/meetings/${id(meetingId)}/invitations`),
  setInvitations: (meetingId: number, invitations: InvitationInput[]) =>
    request<MeetingInvitations>('PUT', `/meetings/${id(meetingId)}/invitations`, { invitations }),
  logCoaching: (meetingId: number, agreementId: number) =>
    request<Schemas['CoachingLogged']>('POST', `/meetings/${id(meetingId)}/coaching-log`, { agreement_id: agreementId }),
};

/** The invitation's words: the organization, or "team (organization)". */
export function invitationLabel(invitation: Schemas['NetworkMeetingInvitation']): string {
  return invitation.team ? `${invitation.team.name} (${invitation.organization.name})` : invitation.organization.name;
}
