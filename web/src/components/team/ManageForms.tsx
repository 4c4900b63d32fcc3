import { useTranslation } from 'react-i18next';
import { api, TEAM_ROLES, type Perspective, type Team, type TeamRole } from '../../api';
import { InviteForm } from '../InviteForm';
import { AddMember } from './AddMember';
import { type Labels } from './labels';

/** What only those who manage the team see below the members: adding a member and inviting one by e-mail. */
export function ManageForms({
  team,
  catalogue,
  labels,
  added,
}: {
  team: Team;
  catalogue: Perspective[];
  labels: Labels;
  added: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <AddMember
        teamId={team.id}
        catalogue={catalogue}
        labels={labels}
        added={added}
      />
      <InviteForm<TeamRole>
        headingId="invite-team"
        heading={t('team.invite')}
        roles={TEAM_ROLES.map((value) => ({ value, label: labels.role(value) }))}
        initialRole="member"
        send={(email, role) => api.inviteToTeam(team.id, email, role)}
      />
    </>
  );
}
