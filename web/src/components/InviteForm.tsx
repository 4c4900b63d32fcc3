import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentInvitation } from '../api';
import { FormAlert, SelectField, Status, SubmitButton, TextField, invalid, useForm } from './forms';

/** Invite someone by e-mail with a role; shows the link that was mailed, for sharing another way. */
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
    if (!email.trim()) throw invalid(t('errors.checkFields'), { email: t('form.required') });
    setSent(await send(email.trim(), role));
    setEmail('');
  });

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField
          label={t('field.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={form.errors.fields.email}
        />
        <SelectField label={t('field.role')} name="role" value={role} onChange={setRole} options={roles} error={form.errors.fields.role} />
        <SubmitButton busy={form.busy}>{t('invite.submit')}</SubmitButton>
      </form>
      <Status message={sent ? t('invite.sent', { email: sent.email }) : null} />
      {sent && (
        <p className="invite-link">
          {t('invite.link')} <a href={sent.url}>{sent.url}</a>
        </p>
      )}
    </section>
  );
}
