import { useTranslation } from 'react-i18next';
import type { AgendaItem, Note } from '../../api';
import { EditConflict, useConflictWords } from '../EditConflict';
import { FormAlert, Status } from '../forms';
import { useNoteEditor } from './useNoteEditor';

/** My note on one agenda item: saved with its version; a stale save shows theirs beside mine to choose or merge. */
export function MyNote({ meetingId, item, note, canWrite }: { meetingId: number; item: AgendaItem; note: Note | undefined; canWrite: boolean }) {
  const { t } = useTranslation();
  const editor = useNoteEditor(meetingId, item.id!, note);
  const conflictWords = useConflictWords('live');
  const { text, conflict, busy } = editor;
  const id = `note-${item.id}`;
  if (!canWrite) return null;
  return (
    <div className="my-note">
      <FormAlert message={editor.error} />
      <label htmlFor={id}>{t('live.myNote')}</label>
      {conflict && (
        <EditConflict
          id={id}
          level={4}
          words={conflictWords}
          theirs={
            <blockquote className="note-text" data-testid="theirs">
              {conflict.text}
            </blockquote>
          }
          mine={<blockquote className="note-text">{text}</blockquote>}
          onKeepMine={() => editor.keepMine(conflict)}
          onUseTheirs={() => editor.takeTheirs(conflict)}
        />
      )}
      <textarea id={id} rows={3} value={text} onChange={(e) => editor.setText(e.target.value)} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="hint">
        {conflict ? t('live.mergeHint') : t('live.noteHint')}
      </p>
      <button type="button" className="button button-small" aria-disabled={busy || undefined} onClick={editor.saveTyped}>
        {busy ? t('form.working') : conflict ? t('live.saveMerged') : t('live.saveNote')}
        <span className="visually-hidden"> {item.title}</span>
      </button>
      <Status message={editor.status} />
    </div>
  );
}
