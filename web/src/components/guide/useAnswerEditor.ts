import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type GuideAnswer as Answer } from '../../api';
import { readDraft, writeDraft } from '../../drafts';
import { useProblemText } from '../forms';

export interface AnswerPath {
  teamId: number;
  guide: string;
  module: string;
  section: string;
  item: string;
}

interface Draft {
  text: string;
  version: number;
}

// What is typed and not yet saved stays in this browser (drafts.ts) with the version it was written against, so
// saving it later still detects that someone else saved in between.
const draftKey = (p: AnswerPath) => `guide-answer.${p.teamId}.${p.guide}.${p.module}.${p.section}.${p.item}`;
const isDraft = (value: unknown): value is Draft =>
  typeof value === 'object' && value !== null && typeof (value as Draft).text === 'string' && typeof (value as Draft).version === 'number';

/**
 * Focus that moves after the next render (the element to focus may only appear then): the edit button once the
 * answer is saved or set aside, the editor once editing starts or a save fails.
 */
function useFocusAfterRender() {
  const editButton = useRef<HTMLButtonElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const [focusTarget, setFocusTarget] = useState<'edit' | 'editor' | null>(null);
  useEffect(() => {
    if (focusTarget === 'edit') editButton.current?.focus();
    if (focusTarget === 'editor') editor.current?.focus();
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);
  return { editButton, editor, focus: setFocusTarget };
}

/**
 * Where this answer's draft is kept, and the draft left there that differs from the saved answer (offered back when
 * the question is shown).
 */
function useRestoredDraft(path: AnswerPath, initial: Answer | null, contributes: boolean): { key: string; restored: Draft | null } {
  const key = draftKey(path);
  const [restored] = useState(() => {
    const draft = contributes ? readDraft(key, isDraft) : null;
    return draft && draft.text !== (initial?.text ?? '') ? draft : null;
  });
  return { key, restored };
}

/** The other person's answer when a save lost the race (a stale edit that carries the current answer), else null. */
function conflictOf(failure: unknown): Answer | null {
  return failure instanceof ApiError && failure.is('stale-edit') && failure.problem.current ? (failure.problem.current as Answer) : null;
}

/**
 * The state of one answer being edited: the saved answer, the text typed against version `base`, and, after a
 * save that lost the race (409), the other person's answer (`conflict`) until this user saves over it or takes it.
 */
export function useAnswerEditor(path: AnswerPath, initial: Answer | null, contributes: boolean) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const { key, restored } = useRestoredDraft(path, initial, contributes);
  const [saved, setSaved] = useState<Answer>(initial ?? { text: null, version: 0 });
  const [text, setText] = useState(restored?.text ?? initial?.text ?? '');
  const [base, setBase] = useState(restored?.version ?? initial?.version ?? 0);
  const [editing, setEditing] = useState(contributes && (!!restored || !initial?.text));
  const [conflict, setConflict] = useState<Answer | null>(null);
  const [setAside, setSetAside] = useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(restored ? t('guide.answer.restored') : null);
  const [busy, setBusy] = useState(false);
  const [historyStamp, setHistoryStamp] = useState(0);
  const { editButton, editor, focus } = useFocusAfterRender();
  const dirty = text !== (saved.text ?? '');

  function change(value: string) {
    setText(value);
    setConfirmDiscard(false);
    writeDraft(key, value === (saved.text ?? '') && !conflict ? null : { text: value, version: conflict ? conflict.version : base });
  }

  /** After a save or a choice, the editor shows `answer` with nothing left to resolve. */
  function settle(answer: Answer) {
    setSaved(answer);
    setText(answer.text ?? '');
    setBase(answer.version);
    setConflict(null);
    setError(null);
    writeDraft(key, null);
  }

  async function save(version: number) {
    if (busy) return;
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      const answer = await api.saveGuideAnswer(path.teamId, path.guide, path.module, path.section, path.item, text, version);
      settle(answer);
      setEditing(false);
      setHistoryStamp((n) => n + 1);
      setStatus(t('guide.answer.saved', { version: answer.version }));
      focus('edit');
    } catch (failure) {
      const current = conflictOf(failure);
      if (current) {
        setConflict(current);
        setSaved(current.version ? current : saved);
        writeDraft(key, { text, version: base });
        setError(t('guide.answer.conflictError', { version: current.version }));
      } else setError(problemText(failure));
      focus('editor');
    } finally {
      setBusy(false);
    }
  }

  function takeTheirs() {
    if (!conflict) return;
    setSetAside(text);
    settle(conflict);
    setStatus(t('guide.answer.tookTheirs'));
    focus('editor');
  }

  function stopEditing() {
    if (dirty && !confirmDiscard) {
      setConfirmDiscard(true);
      return;
    }
    settle(saved);
    setConfirmDiscard(false);
    setEditing(false);
    focus('edit');
  }

  function startEditing() {
    setEditing(true);
    setStatus(null);
    focus('editor');
  }

  const actions = { change, save, takeTheirs, stopEditing, startEditing };
  return { saved, text, base, editing, conflict, setAside, confirmDiscard, error, status, busy, historyStamp, dirty, editButton, editor, ...actions };
}
