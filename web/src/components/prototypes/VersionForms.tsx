import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { prototypesApi, type ScaleDecision } from '../../prototypesApi';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField, useForm } from '../forms';

/** A new version: what changes, and optionally one link (a handout, an agenda); started from an adapted cycle. */
export function VersionForm({ teamId, prototypeId, fromCycleId, nextNumber, added }: {
  teamId: number; prototypeId: number; fromCycleId: number | null; nextNumber: number; added: (status: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [description, setDescription] = useState('');
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.prototypeVersion, { description, 'attachments[0].label': label, 'attachments[0].url': url });
    const attachments = label || url ? [{ label, url }] : [];
    await prototypesApi.addVersion(teamId, prototypeId, { description, attachments, ...(fromCycleId ? { adapted_from_cycle_id: fromCycleId } : {}) });
    setDescription('');
    setLabel('');
    setUrl('');
    await added(t('prototypes.version.added', { number: nextNumber }));
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="add-version">
      <h3 id="add-version">{t('prototypes.version.add', { number: nextNumber })}</h3>
      {fromCycleId !== null && <p className="meta">{t('prototypes.version.fromCycle')}</p>}
      <FormAlert message={form.errors.form} />
      <TextAreaField label={t('prototypes.version.description')} name="description" value={description} error={form.errors.fields.description} onChange={setDescription} />
      <TextField label={t('prototypes.version.linkLabel')} name="attachments[0].label" optional value={label}
        error={form.errors.fields['attachments[0].label']} onChange={(e) => setLabel(e.target.value)} />
      <TextField label={t('prototypes.version.linkUrl')} hint={t('prototypes.version.linkHint')} name="attachments[0].url" type="url" optional value={url}
        error={form.errors.fields['attachments[0].url']} onChange={(e) => setUrl(e.target.value)} />
      <SubmitButton busy={form.busy}>{t('prototypes.version.submit')}</SubmitButton>
    </form>
  );
}

/** The scale decision: scale, keep testing or stop, with the reasons (required). */
export function DecisionForm({ teamId, prototypeId, version, decided }: { teamId: number; prototypeId: number; version: number; decided: (status: string) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [status, setStatus] = useState<ScaleDecision>('scaled');
  const [reasons, setReasons] = useState('');
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.prototypeDecision, { reasons });
    await prototypesApi.decide(teamId, prototypeId, { status, reasons, version });
    await decided(t('prototypes.decision.saved', { decision: t(`prototypes.status.${status}`) }));
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="decide">
      <h3 id="decide">{t('prototypes.decision.make')}</h3>
      <FormAlert message={form.errors.form} />
      <SelectField label={t('prototypes.decision.choice')} name="status" value={status} onChange={setStatus} error={form.errors.fields.status}
        options={(['scaled', 'kept_testing', 'stopped'] as const).map((s) => ({ value: s, label: t(`prototypes.status.${s}`) }))} />
      <TextAreaField label={t('prototypes.decision.reasons')} name="reasons" value={reasons} error={form.errors.fields.reasons} onChange={setReasons} />
      <SubmitButton busy={form.busy}>{t('prototypes.decision.submit')}</SubmitButton>
    </form>
  );
}
