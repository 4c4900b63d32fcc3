import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { FormAlert, Status, SubmitButton, TextAreaField, invalid, useForm } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { decisionAmendment } from './decisionAmendment';

/**
 * A decision of closed minutes, with an Edit button for those who may write in the meeting. The closed record is
 * frozen, so the correction is saved as an amendment naming the decision as recorded and as it now reads; the
 * amendment trail below the minutes shows it. `saved` reloads the minutes.
 */
export function EditDecision({ meetingId, text, index, saved }: { meetingId: number; text: string; index: number; saved: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const [done, setDone] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `edit-decision-${index}`;
  const back = useRef(false);
  useEffect(() => {
    if (editing) document.getElementById(headingId)?.focus();
    else if (back.current) editButton.current?.focus();
  }, [editing, headingId]);
  const close = () => {
    back.current = true;
    setEditing(false);
  };
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.decision, { text: draft });
    const amendment = decisionAmendment(t, text, draft);
    if (!amendment) throw invalid(t('errors.checkFields'), { text: t('decisionEdit.unchanged') });
    await api.addAmendment(meetingId, amendment);
    await saved();
    close();
    setDone(t('decisionEdit.saved'));
  });
  if (!editing) {
    return (
      <>
        {text}{' '}
        <button
          type="button"
          ref={editButton}
          className="button button-small no-print"
          onClick={() => {
            setDraft(text);
            setDone(null);
            setEditing(true);
          }}
        >
          {t('decisionEdit.open')}
          <span className="visually-hidden"> {text}</span>
        </button>
        <Status message={done} />
      </>
    );
  }
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby={headingId} className="no-print">
      <h3 id={headingId} tabIndex={-1}>
        {t('decisionEdit.title')}
      </h3>
      <p className="meta">{t('decisionEdit.recorded', { text })}</p>
      <FormAlert message={form.errors.form} />
      <TextAreaField label={t('decisionEdit.text')} hint={t('decisionEdit.hint')} name="text" value={draft} onChange={setDraft} error={form.errors.fields.text} />
      <div className="actions">
        <SubmitButton busy={form.busy}>{t('decisionEdit.save')}</SubmitButton>{' '}
        <button type="button" className="button" onClick={close}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
