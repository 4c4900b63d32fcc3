import { useTranslation } from 'react-i18next';
import type { InvitableOrganization, InvitationInput } from '../../networkMeetingsApi';
import { CheckboxGroup } from '../forms';

/** The choices as checked: whole organizations, and single teams of organizations not invited whole. */
export interface InvitationDraft {
  organizations: string[];
  teams: string[];
}

/** The request's invitations: a whole organization covers its teams, so those are not sent again. */
export function invitationsOf(draft: InvitationDraft, choices: InvitableOrganization[]): InvitationInput[] {
  const whole = new Set(draft.organizations);
  const teams = choices.filter((o) => !whole.has(String(o.id))).flatMap((o) => o.teams.map((team) => String(team.id)));
  return [
    ...draft.organizations.map((o) => ({ organization_id: Number(o) })),
    ...draft.teams.filter((team) => teams.includes(team)).map((team) => ({ team_id: Number(team) })),
  ];
}

/** Whom to invite: each participant organization as a whole, or some of its teams (checkboxes). */
export function InvitationChoices({
  choices,
  value,
  onChange,
  error,
}: {
  choices: InvitableOrganization[];
  value: InvitationDraft;
  onChange: (value: InvitationDraft) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxGroup
        legend={t('networkMeetings.inviteOrganizations')}
        hint={t('networkMeetings.inviteOrganizationsHint')}
        name="organizations"
        options={choices.map((o) => ({ value: String(o.id), label: o.name }))}
        value={value.organizations}
        onChange={(organizations) => onChange({ ...value, organizations })}
        error={error}
      />
      {choices
        .filter((o) => o.teams.length && !value.organizations.includes(String(o.id)))
        .map((o) => (
          <CheckboxGroup
            key={o.id}
            legend={t('networkMeetings.inviteTeams', { organization: o.name })}
            name={`teams-${o.id}`}
            options={o.teams.map((team) => ({ value: String(team.id), label: team.name }))}
            value={value.teams}
            onChange={(teams) => onChange({ ...value, teams })}
          />
        ))}
    </>
  );
}
