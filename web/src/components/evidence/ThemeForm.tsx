import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceApi, type EvidenceTheme } from '../../evidenceApi';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { FormAlert, SubmitButton, TextField, useForm } from '../forms';

/** Names a new theme: a new column on the board. */
export function ThemeForm({ teamId, created }: { teamId: number; created: (theme: EvidenceTheme) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const [name, setName] = useState('');
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.evidenceTheme, { name });
    const theme = await evidenceApi.addTheme(teamId, name);
    setName('');
    created(theme);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="theme-add" className="theme-form">
      <h3 id="theme-add">{t('evidence.themes.add')}</h3>
      <FormAlert message={form.errors.form} />
      <TextField label={t('evidence.themes.name')} name="name" value={name} error={form.errors.fields.name}
        onChange={(e) => setName(e.target.value)} />
      <SubmitButton busy={form.busy}>{t('evidence.themes.submit')}</SubmitButton>
    </form>
  );
}
