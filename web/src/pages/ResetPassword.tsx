import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api';
import { FormAlert, MIN_PASSWORD, NewPasswordFields, SubmitButton, checkNewPassword, useForm, useNewPassword } from '../components/forms';
import { checkFields } from '../fieldChecks';
import { FORM_RULES } from '../formRules';
import { usePageTitle } from '../components/page';

export default function ResetPassword() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';
  const newPassword = useNewPassword();
  const form = useForm();

  const onSubmit = form.submit(async () => {
    const errors = checkNewPassword(t, newPassword.password, newPassword.confirmation);
    checkFields(t('errors.checkFields'), FORM_RULES.resetPassword, { password: newPassword.password }, errors);
    await api.confirmPasswordReset(token, newPassword.password);
    navigate('/sign-in', { replace: true, state: { notice: 'passwordChanged' } });
  });

  return (
    <div className="narrow">
      <h1>{t('reset.title')}</h1>
      {token ? (
        <>
          <p>{t('reset.intro', { count: MIN_PASSWORD })}</p>
          <form noValidate onSubmit={onSubmit} ref={form.formRef}>
            <FormAlert message={form.errors.form} />
            <NewPasswordFields value={newPassword} errors={form.errors.fields} />
            <SubmitButton busy={form.busy}>{t('reset.submit')}</SubmitButton>
          </form>
          {form.errors.form && (
            <p>
              <Link to="/forgot-password">{t('reset.again')}</Link>
            </p>
          )}
        </>
      ) : (
        <>
          <p>{t('reset.noToken')}</p>
          <p>
            <Link to="/forgot-password">{t('reset.again')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
