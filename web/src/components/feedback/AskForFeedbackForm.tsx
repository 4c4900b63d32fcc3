import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../agreements';
import { checkFields } from '../../fieldChecks';
import {
  addDays, FEEDBACK_RULES, feedbackApi, itemOfValue, itemValue, MAX_REVIEWERS, type Candidate, type FeedbackItems, type Round,
} from '../../feedbackApi';
import { Field, FormAlert, SubmitButton, TextAreaField, TextField, useForm } from '../forms';
import { ReviewerChoices } from './ReviewerChoices';

/** The item select: what the team may ask about, grouped by kind (only things that exist or have an answer). */
function ItemSelect({ items, value, onChange, error }: { items: FeedbackItems; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation();
  const groups = [
    { label: t('feedback.kind.prototype_version'), options: items.prototype_versions.map((v) => ({ value: itemValue({ kind: 'prototype_version', ...v }), label: v.title })) },
    { label: t('feedback.kind.guide_answer'), options: items.guide_answers.map((a) => ({ value: itemValue({ kind: 'guide_answer', ...a }), label: a.title })) },
    { label: t('feedback.kind.plan_section'), options: items.plan_sections.map((p) => ({ value: itemValue({ kind: 'plan_section', section: p.section }), label: p.title })) },
  ].filter((g) => g.options.length > 0);
  return (
    <Field label={t('feedback.ask.item')} name="item" error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('feedback.ask.chooseItem')}</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** "Ask for feedback": an item, a question, a due date (a week from today by default, in the reader's day) and the
 * people to ask. The server keeps the last word on who may be asked; the browser checks what it can first. */
export function AskForFeedbackForm({ teamId, items, candidates, opened }: {
  teamId: number; items: FeedbackItems; candidates: Candidate[]; opened: (round: Round) => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const today = localToday();
  const [item, setItem] = useState('');
  const [question, setQuestion] = useState('');
  const [dueOn, setDueOn] = useState(() => addDays(today, 7));
  const [chosen, setChosen] = useState<number[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form replaces the button that opened it: focus goes to its heading, not back to the top of the page.
  useEffect(() => heading.current?.focus(), []);
  const onSubmit = form.submit(async () => {
    const messages: Record<string, string> = {};
    if (!chosen.length) messages.reviewer_user_ids = t('feedback.ask.chooseReviewers');
    else if (chosen.length > MAX_REVIEWERS) messages.reviewer_user_ids = t('feedback.ask.tooManyReviewers', { count: MAX_REVIEWERS });
    if (dueOn && dueOn < today) messages.due_on = t('feedback.ask.dueInPast');
    checkFields(t('errors.checkFields'), FEEDBACK_RULES.round, { item, question, due_on: dueOn }, messages);
    const ref = itemOfValue(item);
    if (!ref) return;
    opened(await feedbackApi.open(teamId, { item: ref, question: question.trim(), due_on: dueOn, reviewer_user_ids: chosen }));
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="ask-feedback">
      <h2 id="ask-feedback" ref={heading} tabIndex={-1}>{t('feedback.ask.title')}</h2>
      <p>{t('feedback.ask.intro')}</p>
      <FormAlert message={form.errors.form} />
      <ItemSelect items={items} value={item} onChange={setItem} error={form.errors.fields.item} />
      <TextAreaField label={t('feedback.ask.question')} hint={t('feedback.ask.questionHint')} name="question" value={question}
        error={form.errors.fields.question} onChange={setQuestion} />
      <TextField label={t('feedback.ask.dueOn')} name="due_on" type="date" min={today} value={dueOn}
        error={form.errors.fields.due_on} onChange={(e) => setDueOn(e.target.value)} />
      <ReviewerChoices candidates={candidates} chosen={chosen} onChange={setChosen} error={form.errors.fields.reviewer_user_ids} />
      <SubmitButton busy={form.busy}>{t('feedback.ask.submit')}</SubmitButton>
    </form>
  );
}
