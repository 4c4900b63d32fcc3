import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Invitation, type Session, type User } from '../../api';
import { FormAlert, NewPasswordFields, RadioGroup, SubmitButton, TextField, checkNewPassword, useForm, useNewPassword } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { useSession } from '../../session';

type Accepted = (session: Session) => void;

/** Signed in with another address: the way on is to sign out (the server refuses any account but the invited one). */
function SignOutFirst({ invitation, user }: { invitation: Invitation; user: User }) {
  const { t } = useTranslation();
  const { end } = useSession();
  const form = useForm();
  const onSignOut = form.submit(async () => {
    try {
      await api.signOut();
    } catch {
      // Forgotten here whatever the server answered; the page then offers the invited address's account.
    }
    end();
  });
  return (
    <form noValidate onSubmit={onSignOut} ref={form.formRef}>
      <FormAlert message={form.errors.form} />
      <p className="alert alert-error">{t('invitation.otherAccount', { invited: invitation.email, email: user.email })}</p>
      <SubmitButton busy={form.busy}>{t('invitation.signOut')}</SubmitButton>
    </form>
  );
}

function AcceptAs({ token, user, accepted }: { token: string; user: User; accepted: Accepted }) {
  const { t } = useTranslation();
  const form = useForm();
  const onAccept = form.submit(async () => accepted(await api.acceptInvitation(token)));
  return (
    <form noValidate onSubmit={onAccept} ref={form.formRef}>
      <FormAlert message={form.errors.form} />
      <p>{t('invitation.signedInAs', { name: user.name, email: user.email })}</p>
      <SubmitButton busy={form.busy}>{t('invitation.accept')}</SubmitButton>
    </form>
  );
}

type SignInWay = 'link' | 'password';

/**
 * Not signed in: a new account for the invited address, or the sign-in page that comes back here. The account
 * signs in with a password, or without one by e-mailed links (preselected when the invitation offers it).
 */
function CreateAccount({ token, invitation, accepted }: { token: string; invitation: Invitation; accepted: Accepted }) {
  const { t } = useTranslation();
  const form = useForm();
  const [name, setName] = useState('');
  const [way, setWay] = useState<SignInWay>(invitation.sign_in_by_link_offered ? 'link' : 'password');
  const newPassword = useNewPassword();
  const onCreate = form.submit(async () => {
    const errors = way === 'password' ? checkNewPassword(t, newPassword.password, newPassword.confirmation) : {};
    const password = way === 'password' ? newPassword.password : '';
    checkFields(t('errors.checkFields'), FORM_RULES.invitationAccount, { name, password }, errors);
    const account =
      way === 'link'
        ? { name: name.trim(), sign_in_by_link: true as const }
        : { name: name.trim(), password: newPassword.password };
    accepted(await api.acceptInvitation(token, account));
  });
  const signInHere = `/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}`;
  return (
    <>
      <h2>{t('invitation.createAccount')}</h2>
      <form noValidate onSubmit={onCreate} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField label={t('field.name')} name="name" autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} error={form.errors.fields.name} />
        <RadioGroup<SignInWay>
          legend={t('invitation.signInWay')}
          name="sign_in_way"
          options={[
            { value: 'link', label: t('invitation.byLink') },
            { value: 'password', label: t('invitation.byPassword') },
          ]}
          value={way}
          onChange={setWay}
        />
        {way === 'password' ? <NewPasswordFields value={newPassword} errors={form.errors.fields} /> : <p>{t('invitation.byLinkHint')}</p>}
        <SubmitButton busy={form.busy}>{t('invitation.createAndAccept')}</SubmitButton>
      </form>
      <p>
        {t('invitation.haveAccount')} <Link to={signInHere}>{t('invitation.signInToAccept')}</Link>
      </p>
    </>
  );
}

/** How this visitor can answer the invitation, depending on who is signed in. */
export function InvitationAnswer({ token, invitation, user, accepted }: { token: string; invitation: Invitation; user: User | null; accepted: Accepted }) {
  if (!user) return <CreateAccount token={token} invitation={invitation} accepted={accepted} />;
  // Only the account with the invited address may accept (the server refuses any other).
  if (user.email.toLowerCase() !== invitation.email.toLowerCase()) return <SignOutFirst invitation={invitation} user={user} />;
  return <AcceptAs token={token} user={user} accepted={accepted} />;
}
