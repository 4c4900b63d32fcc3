import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Perspective } from '../../api';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { EmailField, FormAlert, SubmitButton, TextField, invalid, useForm } from '../forms';
import { type Labels } from './labels';
import { type Draft, emptyDraft, changesOf } from './memberDraft';
import { MemberFields } from './MemberFields';

export function AddMember({
  teamId,
  catalogue,
  labels,
  added,
}: {
  teamId: number;
  catalogue: Perspective[];
  labels: Labels;
  added: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [draft, setDraft] = useState<Draft>(emptyDraft);

  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.member, { name, email });
    const { version: _version, ...fields } = changesOf(draft, 0);
    const address = email.trim();
    const member = await api.addMember(teamId, { name: name.trim(), email: address, ...fields }).catch((error: unknown) => {
      // The server's 409 here means only this: the address has a seat on the team already (actions/members.cpp).
      if (error instanceof ApiError && error.status === 409)
        throw invalid(t('errors.checkFields'), { email: t('team.emailTaken', { field: t('field.email'), email: address }) });
      throw error;
    });
    setName('');
    setEmail('');
    setDraft(emptyDraft);
    await added(member.name);
  });

  return (
    <section aria-labelledby="add-member">
      <h2 id="add-member">{t('team.addMember')}</h2>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField label={t('field.name')} name="name" value={name} onChange={(e) => setName(e.target.value)} error={form.errors.fields.name} />
        <EmailField value={email} onChange={setEmail} error={form.errors.fields.email} autoComplete="off" />
        <MemberFields draft={draft} setDraft={setDraft} errors={form.errors.fields} catalogue={catalogue} labels={labels} />
        <SubmitButton busy={form.busy}>{t('team.addMemberSubmit')}</SubmitButton>
      </form>
    </section>
  );
}
