import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type SentInvitation } from '../api';
import { checkFields } from '../fieldChecks';
import { FORM_RULES } from '../formRules';
import { EmailField, FormAlert, SelectField, Status, SubmitButton, invalid, useForm } from './forms';

/** Invite someone by e-mail with a role. The link goes to that address alone; only a server that sends no mail
 * hands it back, and then the page says it must reach that person privately (whoever opens it joins as them). */
export function InviteForm<R extends string>({
  headingId,
  heading,
  roles,
  initialRole,
  send,
}: {
  headingId: string;
  heading: string;
  roles: { value: R; label: string }[];
  initialRole: R;
  send: (email: string, role: R) => Promise<SentInvitation>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<R>(initialRole);
  const [sent, setSent] = useState<SentInvitation | null>(null);

  const onSubmit = form.submit(async () => {
    setSent(null);
    checkFields(t('errors.checkFields'), FORM_RULES.invitation, { email });
    const address = email.trim();
    try {
      setSent(await send(address, role));
    } catch (error) {
      // The server's 409 here means the address is seated with an account already (actions/invitations.cpp).
      if (error instanceof ApiError && error.status === 409)
        throw invalid(t('errors.checkFields'), { email: t('invite.taken', { field: t('field.email'), email: address }) });
      throw error;
    }
    setEmail('');
  });

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <EmailField value={email} onChange={setEmail} error={form.errors.fields.email} autoComplete="off" />
        <SelectField label={t('field.role')} name="role" value={role} onChange={setRole} options={roles} error={form.errors.fields.role} />
        <SubmitButton busy={form.busy}>{t('invite.submit')}</SubmitButton>
      </form>
      <Status message={sent ? t(sent.mailed ? 'invite.sent' : 'invite.made', { email: sent.email }) : null} />
      {sent?.url && (
        <div className="invite-link">
          <p>{t('invite.private', { email: sent.email })}</p>
          <p>
            {t('invite.link')} <a href={sent.url}>{sent.url}</a>
          </p>
        </div>
      )}
    </section>
  );
}
