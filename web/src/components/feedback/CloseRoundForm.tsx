import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFields } from '../../fieldChecks';
import { FEEDBACK_RULES, feedbackApi, type Round } from '../../feedbackApi';
import { staleCurrent } from '../EditConflict';
import { FormAlert, SelectField, SubmitButton, TextAreaField, useForm } from '../forms';

/** Closing a round: what the team changed because of the feedback, and — for a prototype version — the later
 * version it made (the choices are that prototype's versions after the one under review). Someone else closing or
 * changing the round first answers 409 with the round as it is now: it is shown, with a word about why. */
export function CloseRoundForm({ round, laterVersions, closed, superseded }: {
  round: Round;
  laterVersions: { id: number; number: number }[];
  closed: (round: Round) => Promise<void>;
  superseded: (round: Round) => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [changed, setChanged] = useState('');
  const [next, setNext] = useState('');
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FEEDBACK_RULES.close, { what_we_changed: changed });
    try {
      const saved = await feedbackApi.close(round.id, {
        what_we_changed: changed.trim(), version: round.version, ...(next ? { next_version_id: Number(next) } : {}),
      });
      await closed(saved);
    } catch (failure) {
      const current = staleCurrent<Round>(failure) ?? currentOf409(failure);
      if (current) superseded(current);
      throw failure;
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="close-round">
      <h2 id="close-round">{t('feedback.close.title')}</h2>
      <p>{t('feedback.close.intro')}</p>
      <FormAlert message={form.errors.form} />
      <TextAreaField label={t('feedback.whatWeChanged')} hint={t('feedback.close.hint')} name="what_we_changed" value={changed}
        error={form.errors.fields.what_we_changed} onChange={setChanged} />
      {round.item.kind === 'prototype_version' && (
        <SelectField label={t('feedback.close.nextVersion')} name="next_version_id" value={next} onChange={setNext} error={form.errors.fields.next_version_id}
          options={[
            { value: '', label: t('feedback.close.noNextVersion') },
            ...laterVersions.map((v) => ({ value: String(v.id), label: t('feedback.close.version', { number: v.number }) })),
          ]} />
      )}
      <SubmitButton busy={form.busy}>{t('feedback.close.submit')}</SubmitButton>
    </form>
  );
}

/** A 409 of another type (the round was already closed) also carries the round as it is now. */
function currentOf409(failure: unknown): Round | null {
  const problem = (failure as { problem?: { status?: number; current?: Round } }).problem;
  return problem?.status === 409 && problem.current ? problem.current : null;
}
