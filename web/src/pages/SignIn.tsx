import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { api } from '../api';
import { EmailField, FormAlert, Status, SubmitButton, TextField, useForm } from '../components/forms';
import { checkFields } from '../fieldChecks';
import { FORM_RULES } from '../formRules';
import { usePageTitle } from '../components/page';
import { useSession } from '../session';

/** Only paths inside this app ("/teams/3"), never another origin ("//evil.example"). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

const NOTICES = ['signedOut', 'passwordChanged'] as const;

export default function SignIn() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { user, begin, endedBy } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [linkOpen, setLinkOpen] = useState(false);
  const form = useForm();
  const next = safeNext(params.get('next'));
  const noticeKey = endedBy ?? (location.state as { notice?: string } | null)?.notice;
  const notice = NOTICES.find((key) => key === noticeKey);

  if (user) return <Navigate to={next} replace />;

  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.signIn, { email, password });
    begin(await api.signIn(email.trim(), password));
  });

  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {notice && <Status message={t(`signIn.notice.${notice}`)} />}
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <EmailField value={email} onChange={setEmail} error={form.errors.fields.email} autoComplete="email" />
        <TextField
          label={t('field.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={form.errors.fields.password}
        />
        <SubmitButton busy={form.busy}>{t('signIn.submit')}</SubmitButton>
      </form>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        <button
          type="button"
          className="button"
          aria-expanded={linkOpen}
          aria-controls={linkOpen ? 'sign-in-link' : undefined}
          onClick={() => setLinkOpen(!linkOpen)}
        >
          {t('signIn.link.open')}
        </button>
      </p>
      {linkOpen && <EmailLinkForm initialEmail={email.trim()} />}
    </div>
  );
}

/** Sign-in without a password: the server mails a one-time link; the answer is the same whatever the address. */
function EmailLinkForm({ initialEmail }: { initialEmail: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [sentTo, setSentTo] = useState<string | null>(null);
  // The control is `link_email` (the page has two), the server's field `email`: named for the sentences.
  const form = useForm({ labels: { email: t('field.email') } });
  const onSubmit = form.submit(async () => {
    setSentTo(null);
    const address = email.trim();
    checkFields(t('errors.checkFields'), FORM_RULES.signInLink, { email: address });
    await api.requestSignInLink(address);
    setSentTo(address);
  });
  return (
    <section id="sign-in-link" aria-labelledby="sign-in-link-heading">
      <h2 id="sign-in-link-heading">{t('signIn.link.title')}</h2>
      <p>{t('signIn.link.intro')}</p>
      <Status message={sentTo ? t('signIn.link.sent', { email: sentTo }) : null} />
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <EmailField name="link_email" value={email} onChange={setEmail} error={form.errors.fields.email} autoComplete="email" />
        <SubmitButton busy={form.busy}>{t('signIn.link.submit')}</SubmitButton>
      </form>
    </section>
  );
}
