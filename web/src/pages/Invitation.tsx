import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, type Invitation as InvitationData, type Session } from '../api';
import { FormAlert, NewPasswordFields, SubmitButton, TextField, checkNewPassword, invalid, useForm, useNewPassword, useProblemText } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { formatDateTime } from '../format';
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
  const { user, begin, end } = useSession();
  const navigate = useNavigate();
  const [load] = useLoad(() => api.getInvitation(token), [token]);
  const [name, setName] = useState('');
  const newPassword = useNewPassword();
  const form = useForm();
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

  const onAccept = form.submit(async () => accepted(await api.acceptInvitation(token)));
  const onCreate = form.submit(async () => {
    const errors = checkNewPassword(t, newPassword.password, newPassword.confirmation);
    if (!name.trim()) errors.name = t('form.required');
    if (Object.keys(errors).length) throw invalid(t('errors.checkFields'), errors);
    accepted(await api.acceptInvitation(token, { name: name.trim(), password: newPassword.password }));
  });

  const onSignOut = form.submit(async () => {
    try {
      await api.signOut();
    } catch {
      // Forgotten here whatever the server answered; the page then offers the invited address's account.
    }
    end();
  });

  const role = t(`role.${invitation.kind}.${invitation.role}`);
  // Only the account with the invited address may accept (the server refuses any other).
  const otherAccount = user && user.email.toLowerCase() !== invitation.email.toLowerCase();
  const signInHere = `/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}`;

  return (
    <div className="narrow">
      <h1>{t('invitation.title')}</h1>
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
      {user && otherAccount ? (
        <form noValidate onSubmit={onSignOut} ref={form.formRef}>
          <FormAlert message={form.errors.form} />
          <p className="alert alert-error">{t('invitation.otherAccount', { invited: invitation.email, email: user.email })}</p>
          <SubmitButton busy={form.busy}>{t('invitation.signOut')}</SubmitButton>
        </form>
      ) : user ? (
        <form noValidate onSubmit={onAccept} ref={form.formRef}>
          <FormAlert message={form.errors.form} />
          <p>{t('invitation.signedInAs', { name: user.name, email: user.email })}</p>
          <SubmitButton busy={form.busy}>{t('invitation.accept')}</SubmitButton>
        </form>
      ) : (
        <>
          <h2>{t('invitation.createAccount')}</h2>
          <form noValidate onSubmit={onCreate} ref={form.formRef}>
            <FormAlert message={form.errors.form} />
            <TextField
              label={t('field.name')}
              name="name"
              autoComplete="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={form.errors.fields.name}
            />
            <NewPasswordFields value={newPassword} errors={form.errors.fields} />
            <SubmitButton busy={form.busy}>{t('invitation.createAndAccept')}</SubmitButton>
          </form>
          <p>
            {t('invitation.haveAccount')} <Link to={signInHere}>{t('invitation.signInToAccept')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
