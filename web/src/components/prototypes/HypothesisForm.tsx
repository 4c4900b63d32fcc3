import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import type { Hypothesis } from '../../prototypesApi';
import { FormAlert, SubmitButton, TextAreaField, TextField, useForm } from '../forms';

/** A prototype's title and its hypothesis in three parts, read together as "if we ..., then ... for ...". */
export function HypothesisForm({ initial, submitLabel, save }: { initial?: Hypothesis; submitLabel: string; save: (h: Hypothesis) => Promise<void> }) {
  const { t } = useTranslation();
  const [h, setH] = useState<Hypothesis>(initial ?? { title: '', if_we: '', then_what: '', for_whom: '' });
  const form = useForm();
  const set = (field: keyof Hypothesis) => (value: string) => setH((old) => ({ ...old, [field]: value }));
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.prototype, { ...h });
    await save(h);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef}>
      <FormAlert message={form.errors.form} />
      <TextField label={t('prototypes.fields.title')} name="title" value={h.title} error={form.errors.fields.title}
        onChange={(e) => set('title')(e.target.value)} />
      <TextAreaField label={t('prototypes.fields.ifWe')} hint={t('prototypes.fields.ifWeHint')} name="if_we" value={h.if_we}
        error={form.errors.fields.if_we} onChange={set('if_we')} />
      <TextAreaField label={t('prototypes.fields.thenWhat')} name="then_what" value={h.then_what}
        error={form.errors.fields.then_what} onChange={set('then_what')} />
      <TextField label={t('prototypes.fields.forWhom')} hint={t('prototypes.fields.forWhomHint')} name="for_whom" value={h.for_whom}
        error={form.errors.fields.for_whom} onChange={(e) => set('for_whom')(e.target.value)} />
      <SubmitButton busy={form.busy}>{submitLabel}</SubmitButton>
    </form>
  );
}

/** "If we ..., then ... for ...": the hypothesis as one sentence. */
export function HypothesisSentence({ h }: { h: Hypothesis }) {
  const { t } = useTranslation();
  return <p className="hypothesis">{t('prototypes.hypothesis', { ifWe: h.if_we, thenWhat: h.then_what, forWhom: h.for_whom })}</p>;
}
