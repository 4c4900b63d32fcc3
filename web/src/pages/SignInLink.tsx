import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../api';
import { FormAlert, SubmitButton, useForm } from '../components/forms';
import { usePageTitle } from '../components/page';
import { useSession } from '../session';

/**
 * The page an e-mailed sign-in link opens. Opening it spends nothing (mail scanners fetch links): the link is
 * redeemed by the POST that the "Sign in" button sends, then the person lands on the home page.
 */
export default function SignInLink() {
  const { t } = useTranslation();
  usePageTitle(t('signInLink.title'));
  const { token = '' } = useParams();
  const { user, begin } = useSession();
  const navigate = useNavigate();
  const form = useForm();
  const onSubmit = form.submit(async () => {
    try {
      begin(await api.redeemSignInLink(token));
    } catch (error) {
      // Used, expired, unknown or asked from another browser: one answer, in the page's own words.
      if (error instanceof ApiError && error.is('sign-in-link-invalid')) {
        throw new ApiError({ ...error.problem, detail: t('signInLink.invalid'), local: true });
      }
      throw error;
    }
    navigate('/', { replace: true });
  });

  if (user && !form.busy) return <Navigate to="/" replace />;
  return (
    <div className="narrow">
      <h1>{t('signInLink.title')}</h1>
      <p>{t('signInLink.intro')}</p>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <SubmitButton busy={form.busy}>{t('signInLink.submit')}</SubmitButton>
      </form>
      {form.errors.form && (
        <p>
          <Link to="/sign-in">{t('signInLink.again')}</Link>
        </p>
      )}
    </div>
  );
}
