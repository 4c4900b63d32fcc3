import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFields } from '../../fieldChecks';
import { FEEDBACK_RULES, feedbackApi, insertAt, mentionedIds, mentionText, type Comment, type Person } from '../../feedbackApi';
import { ResourcePicker } from '../coaching/ResourcePicker';
import { Field, FormAlert, SubmitButton, useForm } from '../forms';

/** Choose a person of the round and put "@Name " in the text. */
function MentionPicker({ people, who, setWho, add }: { people: Person[]; who: string; setWho: (who: string) => void; add: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="feedback-mention">
      <Field label={t('feedback.comments.mention')} name="mention">
        {(control) => (
          <select {...control} value={who} onChange={(e) => setWho(e.target.value)}>
            <option value="">{t('feedback.comments.choosePerson')}</option>
            {people.map((p) => (
              <option key={p.user_id} value={p.user_id}>{p.name}</option>
            ))}
          </select>
        )}
      </Field>
      <button type="button" className="button" onClick={add} aria-disabled={!who || undefined}>{t('feedback.comments.addMention')}</button>
    </div>
  );
}

/** A comment or a reply, with a mention control: choosing a person of the round and "Add mention" puts "@Name " in
 * the text at the cursor; the people whose "@Name" is still in the text when it is sent get an e-mail. */
export function CommentForm({ roundId, parent, people, networkIds, posted, cancel }: {
  roundId: number;
  parent?: Comment;
  people: Person[];
  networkIds: number[];
  posted: (comment: Comment) => Promise<void>;
  cancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [body, setBody] = useState('');
  const [mentioned, setMentioned] = useState<Person[]>([]);
  const [who, setWho] = useState('');
  const [resourceIds, setResourceIds] = useState<number[]>([]);
  const text = useRef<HTMLTextAreaElement>(null);
  const headingId = parent ? `reply-to-${parent.id}` : 'new-comment';
  // A reply form opens where its Reply button was: the writing starts there.
  const parentId = parent?.id;
  useEffect(() => {
    if (parentId !== undefined) text.current?.focus();
  }, [parentId]);

  function addMention() {
    const person = people.find((p) => String(p.user_id) === who);
    const area = text.current;
    if (!person || !area) return;
    const next = insertAt(body, area.selectionStart, area.selectionEnd, mentionText(person));
    setBody(next.text);
    setMentioned((old) => (old.some((p) => p.user_id === person.user_id) ? old : [...old, person]));
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(next.cursor, next.cursor);
    });
  }

  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FEEDBACK_RULES.comment, { body });
    const ids = mentionedIds(body, mentioned);
    const comment = await feedbackApi.comment(roundId, {
      body: body.trim(),
      ...(parent ? { parent_id: parent.id } : {}),
      ...(ids.length ? { mention_user_ids: ids } : {}),
      ...(resourceIds.length ? { resource_ids: resourceIds } : {}),
    });
    setBody('');
    setMentioned([]);
    setResourceIds([]);
    await posted(comment);
  });

  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby={headingId} className="feedback-comment-form">
      <h3 id={headingId}>{parent ? t('feedback.comments.replyTo', { name: parent.author_name }) : t('feedback.comments.add')}</h3>
      <FormAlert message={form.errors.form} />
      <Field label={parent ? t('feedback.comments.reply') : t('feedback.comments.body')} name="body" error={form.errors.fields.body}>
        {(control) => <textarea ref={text} rows={4} value={body} onChange={(e) => setBody(e.target.value)} {...control} />}
      </Field>
      {people.length > 0 && <MentionPicker people={people} who={who} setWho={setWho} add={addMention} />}
      {networkIds.length > 0 && (
        <ResourcePicker networkIds={networkIds} attached={[]} value={resourceIds} change={setResourceIds}
          error={form.errors.fields.resource_ids} texts="feedback.resources" />
      )}
      <div className="actions">
        <SubmitButton busy={form.busy}>{parent ? t('feedback.comments.sendReply') : t('feedback.comments.send')}</SubmitButton>
        {cancel && (
          <button type="button" className="button" onClick={cancel}>{t('feedback.comments.cancel')}</button>
        )}
      </div>
    </form>
  );
}
