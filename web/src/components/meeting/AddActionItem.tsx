import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ActionItem } from '../../api';
import { formatDate } from '../../format';
import { FormAlert, SubmitButton, TextField, useForm } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';

/** Someone who may own an action item: a team member (or, in a network meeting, a member of an invited team). */
export interface Owner {
  id: number;
  name: string;
  /** The seat takes part in meetings (leads, members, participants): it may own an action item. */
  takes_part: boolean;
}

/** A new action item: what, who (one of `members`) and by when: not before the meeting's date (`meetingDate`,
 * YYYY-MM-DD on the meeting's own calendar; checked here as the server checks it). */
export function AddActionItem({ meetingId, meetingDate, members, added }: { meetingId: number; meetingDate: string | null; members: Owner[]; added: (item: ActionItem) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const ownerId = 'action-owner';
  const onSubmit = form.submit(async () => {
    const errors: Record<string, string> = {};
    if (!owner) errors.owner_id = t('live.ownerRequired');
    if (!due) errors.due = t('live.dueRequired');
    // The same sentence as the server's refusal (code before_meeting_date).
    else if (meetingDate && due < meetingDate)
      errors.due = t('fieldProblems.before_meeting_date', { field: t('live.due'), date: formatDate(meetingDate) });
    checkFields(t('errors.checkFields'), FORM_RULES.actionItem, { title }, errors);
    const item = await api.addActionItem(meetingId, { title: title.trim(), owner_id: Number(owner), due });
    added(item);
    setTitle('');
    setOwner('');
    setDue('');
  });
  const ownerError = form.errors.fields.owner_id;
  const dueError = form.errors.fields.due;  // the server's refusal (code before_meeting_date) reads as a sentence too
  return (
    <section aria-labelledby="add-action">
      <h3 id="add-action">{t('live.addAction')}</h3>
      <p className="hint">{t('live.addActionHint')}</p>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField label={t('live.what')} name="title" value={title} onChange={(e) => setTitle(e.target.value)} error={form.errors.fields.title} />
        <div className="grid">
          <div className={`field${ownerError ? ' field-invalid' : ''}`}>
            <label htmlFor={ownerId}>{t('live.owner')}</label>
            {ownerError && (
              <p id={`${ownerId}-error`} className="field-error">
                <span className="visually-hidden">{t('errors.prefix')} </span>
                {ownerError}
              </p>
            )}
            <select
              id={ownerId}
              name="owner_id"
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              aria-invalid={ownerError ? true : undefined}
              aria-describedby={ownerError ? `${ownerId}-error` : undefined}
            >
              <option value="">{t('live.chooseOwner')}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <TextField label={t('live.due')} name="due" type="date" value={due} onChange={(e) => setDue(e.target.value)} error={dueError} />
        </div>
        <SubmitButton busy={form.busy}>{t('live.addActionSubmit')}</SubmitButton>
      </form>
    </section>
  );
}
