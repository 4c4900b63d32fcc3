import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideAnswer as Answer } from '../api';
import { Markdown } from '../markdown';
import { FormAlert, Status } from './forms';
import { AnswerHistory } from './GuideAnswerHistory';
import { AnswerByline } from './guide/AnswerByline';
import { AnswerConflict } from './guide/AnswerConflict';
import { useAnswerEditor, type AnswerPath } from './guide/useAnswerEditor';

export type { AnswerPath } from './guide/useAnswerEditor';

/** The editor of an answer: the text, its hint, save and cancel (which asks first when there is unsaved text). */
function AnswerEditor({ id, question, editor }: { id: string; question: string; editor: ReturnType<typeof useAnswerEditor> }) {
  const { t } = useTranslation();
  const { text, conflict, busy, saved, dirty, confirmDiscard } = editor;
  const saveLabel = busy ? t('form.working') : conflict ? t('guide.answer.saveMerged') : t('guide.answer.save');
  return (
    <>
      {conflict && (
        <AnswerConflict id={id} theirs={conflict} mine={text} onKeepMine={() => void editor.save(conflict.version)} onUseTheirs={editor.takeTheirs} />
      )}
      <label htmlFor={`${id}-text`}>
        <span className="visually-hidden">{question}: </span>
        {t('guide.answer.label')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {conflict ? t('guide.answer.mergeHint') : t('guide.answer.hint')}
      </p>
      <textarea
        id={`${id}-text`}
        ref={editor.editor}
        rows={6}
        value={text}
        onChange={(e) => editor.change(e.target.value)}
        aria-describedby={`${id}-hint`}
        aria-invalid={conflict ? true : undefined}
      />
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={busy || undefined}
          aria-label={`${saveLabel}: ${question}`}
          onClick={() => void editor.save(conflict ? conflict.version : editor.base)}
        >
          {saveLabel}
        </button>
        {(saved.text || dirty) && (
          <button type="button" className="button" onClick={editor.stopEditing}>
            {confirmDiscard ? t('guide.answer.discardYes') : t('form.cancel')}
          </button>
        )}
      </div>
      {confirmDiscard && (
        <p className="alert alert-error" role="alert">
          {t('guide.answer.discardConfirm')}
        </p>
      )}
    </>
  );
}

/**
 * The team's answer to one discussion question (Markdown). Members edit it and save with the version they
 * started from; when someone else saved first (409), their text is shown beside this user's, which stays in the
 * editor: save it over theirs, merge by editing, or take theirs (this user's text is still offered to copy).
 */
export function GuideAnswer({ path, question, initial, contributes }: { path: AnswerPath; question: string; initial: Answer | null; contributes: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const editor = useAnswerEditor(path, initial, contributes);
  const { saved, editing } = editor;
  const editLabel = saved.text ? t('guide.answer.edit') : t('guide.answer.write');

  return (
    <div className="guide-answer">
      {!editing && (saved.text ? <Markdown text={saved.text} /> : <p className="meta">{t('guide.answer.none')}</p>)}
      <AnswerByline answer={saved} />
      <FormAlert message={editor.error} />
      {editing && <AnswerEditor id={id} question={question} editor={editor} />}
      {!editing && contributes && (
        <button type="button" ref={editor.editButton} className="button button-small" aria-label={`${editLabel}: ${question}`} onClick={editor.startEditing}>
          {editLabel}
        </button>
      )}
      {editor.setAside !== null && (
        <details className="set-aside">
          <summary>{t('guide.answer.setAside')}</summary>
          <blockquote className="note-text">{editor.setAside}</blockquote>
        </details>
      )}
      <Status message={editor.status} />
      {saved.version > 0 && <AnswerHistory path={path} question={question} stamp={editor.historyStamp} />}
    </div>
  );
}
