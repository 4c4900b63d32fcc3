import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AgendaItem } from '../../api';
import { FormAlert, SubmitButton, TextField, useForm } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';

/** A decision taken on one agenda item. */
export function AddDecision({ meetingId, item, added }: { meetingId: number; item: AgendaItem; added: (id: number) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const [text, setText] = useState('');
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.decision, { text });
    const decision = await api.addDecision(meetingId, text.trim(), item.id);
    added(decision.id);
    setText('');
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="inline-form">
      <FormAlert message={form.errors.form} />
      <TextField
        label={t('live.decision')}
        name={`decision-${item.id}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={form.errors.fields.text}
      />
      <SubmitButton busy={form.busy}>
        {t('live.addDecision')}
        <span className="visually-hidden"> {item.title}</span>
      </SubmitButton>
    </form>
  );
}
