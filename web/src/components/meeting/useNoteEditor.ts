import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Note } from '../../api';
import { useProblemText } from '../forms';

/**
 * My note on one agenda item as it is edited: the text, the saved version it was written against (`base`), and the
 * note someone saved in between (`conflict`) when a save was stale.
 */
export function useNoteEditor(meetingId: number, itemId: number, note: Note | undefined) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [text, setText] = useState(note?.text ?? '');
  const [base, setBase] = useState<{ text: string; version?: number }>({ text: note?.text ?? '', version: note?.version });
  const [conflict, setConflict] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Another tab of mine saved: take it when nothing is typed here that is not saved.
  useEffect(() => {
    if (!note || note.version === base.version) return;
    if (text === base.text && !conflict) {
      setText(note.text);
      setBase({ text: note.text, version: note.version });
    }
  }, [note]); // eslint-disable-line react-hooks/exhaustive-deps

  async function save(value: string, version: number | undefined) {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      const saved = await api.saveNote(meetingId, itemId, value, version);
      setText(saved.text);
      setBase({ text: saved.text, version: saved.version });
      setConflict(null);
      setStatus(t('live.noteSaved'));
    } catch (failure) {
      if (failure instanceof ApiError && failure.is('stale-edit') && failure.problem.current) {
        setConflict(failure.problem.current as Note);
      }
      setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  /** Saves what is typed over the note saved in between, if any. */
  const saveTyped = () => !busy && void save(text, conflict ? conflict.version : base.version);

  const keepMine = (theirs: Note) => void save(text, theirs.version);

  const takeTheirs = (theirs: Note) => {
    setText(theirs.text);
    setBase({ text: theirs.text, version: theirs.version });
    setConflict(null);
    setError(null);
    setStatus(t('live.tookTheirs'));
  };

  return { text, setText, conflict, error, status, busy, saveTyped, keepMine, takeTheirs };
}
