import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, type Invitation as InvitationData, type Session } from '../api';
import { InvitationAnswer } from '../components/account/InvitationAnswer';
import { InvitationFacts } from '../components/account/InvitationFacts';
import { useProblemText } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { useSession } from '../session';

function whereTo(invitation: InvitationData): string {
  return invitation.kind === 'team' && invitation.team
    ? `/teams/${invitation.team.id}`
    : `/organizations/${invitation.organization.id}`;
}

export default function Invitation() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const { user, begin } = useSession();
  const navigate = useNavigate();
  const [load] = useLoad(() => api.getInvitation(token), [token]);
  const problemText = useProblemText();

  if (load.state === 'loading' || user === undefined) return <Loading />;
  if (load.state === 'failed') {
    if (load.error instanceof ApiError && load.error.is('invalid-token')) {
      // Unknown, used or expired: the server says which in words; the page stays the invitation page.
      return (
        <div className="narrow">
          <h1>{t('invitation.title')}</h1>
          <p className="alert alert-error">{problemText(load.error)}</p>
          <p>
            <Link to="/">{t('notFound.home')}</Link>
          </p>
        </div>
      );
    }
    return (
      <div className="narrow">
        <LoadFailed error={load.error} />
      </div>
    );
  }
  const invitation = load.data;
  const accepted = (session: Session) => {
    begin(session);
    navigate(whereTo(invitation), { replace: true });
  };
  return (
    <div className="narrow">
      <h1>{t('invitation.title')}</h1>
      <InvitationFacts invitation={invitation} />
      <InvitationAnswer token={token} invitation={invitation} user={user} accepted={accepted} />
    </div>
  );
}
