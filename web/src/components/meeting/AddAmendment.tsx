import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { FormAlert, Status, SubmitButton, TextAreaField, useForm } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';

/** An amendment to closed minutes; `added` reloads them. */
export function AddAmendment({ meetingId, added }: { meetingId: number; added: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = form.submit(async () => {
    setStatus(null);
    checkFields(t('errors.checkFields'), FORM_RULES.decision, { text });
    await api.addAmendment(meetingId, text.trim());
    setText('');
    await added();
    setStatus(t('minutes.amendmentAdded'));
  });
  return (
    <section aria-labelledby="add-amendment" className="no-print">
      <h3 id="add-amendment">{t('minutes.addAmendment')}</h3>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextAreaField label={t('minutes.amendmentText')} hint={t('minutes.amendmentHint')} name="text" value={text} onChange={setText} error={form.errors.fields.text} />
        <SubmitButton busy={form.busy}>{t('minutes.addAmendmentSubmit')}</SubmitButton>
      </form>
      <Status message={status} />
    </section>
  );
}
