import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { throwFieldProblems } from '../../fieldChecks';
import { feedbackApi, type Candidate, type Round } from '../../feedbackApi';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { ReviewerChoices } from './ReviewerChoices';

/** Asking more people on an open round: the candidates not asked yet. */
export function InviteReviewersForm({ round, candidates, invited }: { round: Round; candidates: Candidate[]; invited: (round: Round, count: number) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [chosen, setChosen] = useState<number[]>([]);
  const asked = round.reviewers.map((r) => r.user_id);
  if (!candidates.some((c) => !asked.includes(c.user_id))) return null;
  const onSubmit = form.submit(async () => {
    if (!chosen.length) throwFieldProblems(t('errors.checkFields'), [], { reviewer_user_ids: t('feedback.ask.chooseReviewers') });
    const saved = await feedbackApi.invite(round.id, chosen);
    setChosen([]);
    await invited(saved, chosen.length);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="invite-more">
      <h3 id="invite-more">{t('feedback.invite.title')}</h3>
      <FormAlert message={form.errors.form} />
      <ReviewerChoices candidates={candidates} exclude={asked} chosen={chosen} onChange={setChosen} error={form.errors.fields.reviewer_user_ids} />
      <SubmitButton busy={form.busy}>{t('feedback.invite.submit')}</SubmitButton>
    </form>
  );
}
