import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../api';
import { formatDateTime } from '../../format';

/** What the invitation is to (a team or an organization, in which role), for whom, and until when. */
export function InvitationFacts({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const role = t(`role.${invitation.kind}.${invitation.role}`);
  return (
    <>
      <p className="lead">
        {invitation.kind === 'team' && invitation.team
          ? t('invitation.toTeam', { team: invitation.team.name, organization: invitation.organization.name, role })
          : t('invitation.toOrganization', { organization: invitation.organization.name, role })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('invitation.for')}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>{t('invitation.expires')}</dt>
          <dd>{formatDateTime(invitation.expires_at)}</dd>
        </div>
      </dl>
    </>
  );
}
