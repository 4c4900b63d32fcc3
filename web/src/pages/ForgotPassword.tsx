import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';
import { EmailField, FormAlert, Status, SubmitButton, useForm } from '../components/forms';
import { checkFields } from '../fieldChecks';
import { FORM_RULES } from '../formRules';
import { usePageTitle } from '../components/page';

export default function ForgotPassword() {
  const { t } = useTranslation();
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm();

  const onSubmit = form.submit(async () => {
    setSentTo(null);
    const address = email.trim();
    checkFields(t('errors.checkFields'), FORM_RULES.forgotPassword, { email: address });
    await api.requestPasswordReset(address);
    setSentTo(address);
  });

  return (
    <div className="narrow">
      <h1>{t('forgot.title')}</h1>
      <p>{t('forgot.intro')}</p>
      <Status message={sentTo ? t('forgot.sent', { email: sentTo }) : null} />
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <EmailField value={email} onChange={setEmail} error={form.errors.fields.email} autoComplete="email" />
        <SubmitButton busy={form.busy}>{t('forgot.submit')}</SubmitButton>
      </form>
      <p>
        <Link to="/sign-in">{t('forgot.back')}</Link>
      </p>
    </div>
  );
}
