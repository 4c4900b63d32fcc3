import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { FormAlert, SubmitButton, TextField, useForm } from '../forms';
import type { CreatedToken } from './NewToken';

/** A new token by name; `starting` clears what an earlier action left on the page before the form is checked. */
export function CreateTokenForm({ starting, created }: { starting: () => void; created: (token: CreatedToken) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [name, setName] = useState('');
  const onCreate = form.submit(async () => {
    starting();
    checkFields(t('errors.checkFields'), FORM_RULES.token, { name });
    const token = await api.createToken(name.trim());
    setName('');
    await created({ name: token.name, token: token.token });
  });
  return (
    <section aria-labelledby="create-token">
      <h2 id="create-token">{t('tokens.create')}</h2>
      <form noValidate onSubmit={onCreate} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField label={t('tokens.name')} name="name" hint={t('tokens.nameHint')} value={name} onChange={(e) => setName(e.target.value)} error={form.errors.fields.name} />
        <SubmitButton busy={form.busy}>{t('tokens.createSubmit')}</SubmitButton>
      </form>
    </section>
  );
}
