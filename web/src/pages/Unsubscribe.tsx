import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../api';
import { FormAlert, Status, SubmitButton, useForm } from '../components/forms';
import { usePageTitle } from '../components/page';

/**
 * The page an e-mail's "stop these e-mails" link opens (issue 15); it works signed out. Opening it changes nothing
 * (mail scanners fetch links): the kind of mail is turned off by the POST that the button sends.
 */
export default function Unsubscribe() {
  const { t } = useTranslation();
  usePageTitle(t('unsubscribe.title'));
  const { token = '' } = useParams();
  const form = useForm();
  const [outcome, setOutcome] = useState<'done' | 'invalid' | null>(null);
  const onSubmit = form.submit(async () => {
    try {
      await api.unsubscribe(token);
      setOutcome('done');
    } catch (error) {
      if (error instanceof ApiError && error.is('invalid-token')) setOutcome('invalid');
      else throw error;
    }
  });

  return (
    <div className="narrow">
      <h1>{t('unsubscribe.title')}</h1>
      <Status message={outcome === 'done' ? t('unsubscribe.done') : null} />
      <FormAlert message={outcome === 'invalid' ? t('unsubscribe.invalid') : form.errors.form} />
      {outcome === null && (
        <form noValidate onSubmit={onSubmit} ref={form.formRef}>
          <p>{t('unsubscribe.question')}</p>
          <SubmitButton busy={form.busy}>{t('unsubscribe.submit')}</SubmitButton>
        </form>
      )}
      {outcome !== null && (
        <p>
          <Link to="/settings/notifications">{t('unsubscribe.settings')}</Link>
        </p>
      )}
    </div>
  );
}
