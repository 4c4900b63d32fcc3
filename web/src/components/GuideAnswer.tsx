import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type GuideAnswer as Answer } from '../api';
import { readDraft, writeDraft } from '../drafts';
import { Markdown } from '../markdown';
import { FormAlert, Status, useProblemText } from './forms';
import { AnswerHistory } from './GuideAnswerHistory';
import { formatDateTime } from '../format';

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

function Byline({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  if (!answer.version) return null;
  return (
    <p className="meta">
      {t('guide.answer.byline', { version: answer.version, name: answer.author_name ?? '', time: formatDateTime(answer.updated_at) })}
    </p>
  );
}

/**
 * The team's answer to one discussion question (Markdown). Members edit it and save with the version they
 * started from; when someone else saved first (409), their text is shown beside this user's, which stays in the
 * editor: save it over theirs, merge by editing, or take theirs (this user's text is still offered to copy).
 */
export function GuideAnswer({ path, question, initial, contributes }: { path: AnswerPath; question: string; initial: Answer | null; contributes: boolean }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const id = useId();
  const key = draftKey(path);
  const [saved, setSaved] = useState<Answer>(initial ?? { text: null, version: 0 });
  const [restored] = useState(() => {
    const draft = contributes ? readDraft(key, isDraft) : null;
    return draft && draft.text !== (initial?.text ?? '') ? draft : null;
  });
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
  const editButton = useRef<HTMLButtonElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const [focusTarget, setFocusTarget] = useState<'edit' | 'editor' | null>(null);

  useEffect(() => {
    if (focusTarget === 'edit') editButton.current?.focus();
    if (focusTarget === 'editor') editor.current?.focus();
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);

  const savedText = saved.text ?? '';
  const saveLabel = busy ? t('form.working') : conflict ? t('guide.answer.saveMerged') : t('guide.answer.save');
  const editLabel = saved.text ? t('guide.answer.edit') : t('guide.answer.write');
  const dirty = text !== savedText;

  function change(value: string) {
    setText(value);
    setConfirmDiscard(false);
    writeDraft(key, value === savedText && !conflict ? null : { text: value, version: conflict ? conflict.version : base });
  }

  async function save(version: number) {
    if (busy) return;
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      const answer = await api.saveGuideAnswer(path.teamId, path.guide, path.module, path.section, path.item, text, version);
      writeDraft(key, null);
      setSaved(answer);
      setText(answer.text ?? '');
      setBase(answer.version);
      setConflict(null);
      setEditing(false);
      setHistoryStamp((n) => n + 1);
      setStatus(t('guide.answer.saved', { version: answer.version }));
      setFocusTarget('edit');
    } catch (failure) {
      if (failure instanceof ApiError && failure.is('stale-edit') && failure.problem.current) {
        const current = failure.problem.current as Answer;
        setConflict(current);
        setSaved(current.version ? current : saved);
        writeDraft(key, { text, version: base });
        setError(t('guide.answer.conflictError', { version: current.version }));
      } else {
        setError(problemText(failure));
      }
      setFocusTarget('editor');
    } finally {
      setBusy(false);
    }
  }

  function takeTheirs() {
    if (!conflict) return;
    setSetAside(text);
    setText(conflict.text ?? '');
    setBase(conflict.version);
    setSaved(conflict);
    setConflict(null);
    setError(null);
    writeDraft(key, null);
    setStatus(t('guide.answer.tookTheirs'));
    setFocusTarget('editor');
  }

  function stopEditing() {
    if (dirty && !confirmDiscard) {
      setConfirmDiscard(true);
      return;
    }
    setText(savedText);
    setBase(saved.version);
    setConflict(null);
    setError(null);
    setConfirmDiscard(false);
    setEditing(false);
    writeDraft(key, null);
    setFocusTarget('edit');
  }

  return (
    <div className="guide-answer">
      {!editing && (saved.text ? <Markdown text={saved.text} /> : <p className="meta">{t('guide.answer.none')}</p>)}
      <Byline answer={saved} />
      <FormAlert message={error} />
      {editing && (
        <>
          {conflict && (
            <div className="conflict" role="group" aria-labelledby={`${id}-conflict`}>
              <h3 id={`${id}-conflict`}>{t('guide.answer.conflictTitle')}</h3>
              <p>{t('guide.answer.conflictText')}</p>
              <div className="columns">
                <div>
                  <h4>{t('guide.answer.theirs')}</h4>
                  <Byline answer={conflict} />
                  <blockquote className="note-text" data-testid="theirs">
                    {conflict.text ?? ''}
                  </blockquote>
                </div>
                <div>
                  <h4>{t('guide.answer.mine')}</h4>
                  <blockquote className="note-text" data-testid="mine">
                    {text}
                  </blockquote>
                </div>
              </div>
              <p>{t('guide.answer.conflictChoice')}</p>
              <div className="actions">
                <button type="button" className="button" onClick={() => void save(conflict.version)}>
                  {t('guide.answer.keepMine')}
                </button>
                <button type="button" className="button" onClick={takeTheirs}>
                  {t('guide.answer.useTheirs')}
                </button>
              </div>
            </div>
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
            ref={editor}
            rows={6}
            value={text}
            onChange={(e) => change(e.target.value)}
            aria-describedby={`${id}-hint`}
            aria-invalid={conflict ? true : undefined}
          />
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              aria-disabled={busy || undefined}
              aria-label={`${saveLabel}: ${question}`}
              onClick={() => void save(conflict ? conflict.version : base)}
            >
              {saveLabel}
            </button>
            {(saved.text || dirty) && (
              <button type="button" className="button" onClick={stopEditing}>
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
      )}
      {!editing && contributes && (
        <button
          type="button"
          ref={editButton}
          className="button button-small"
          aria-label={`${editLabel}: ${question}`}
          onClick={() => {
            setEditing(true);
            setStatus(null);
            setFocusTarget('editor');
          }}
        >
          {editLabel}
        </button>
      )}
      {setAside !== null && (
        <details className="set-aside">
          <summary>{t('guide.answer.setAside')}</summary>
          <blockquote className="note-text">{setAside}</blockquote>
        </details>
      )}
      <Status message={status} />
      {saved.version > 0 && <AnswerHistory path={path} question={question} stamp={historyStamp} />}
    </div>
  );
}
