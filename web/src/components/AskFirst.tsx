import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, useProblemText } from './forms';

/**
 * A button for something that cannot be undone (remove, delete) that asks first, in place: the question with a
 * Yes and a Cancel button replaces it, Yes takes focus, Cancel gives focus back to the button. `which` names the
 * thing for screen readers when a page has several such buttons. A refused act says why next to the button.
 */
export function AskFirst({
  label,
  which,
  question,
  yes,
  act,
}: {
  label: string;
  which?: string;
  question: string;
  yes: string;
  act: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  const back = useRef(false);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
    else if (back.current) openRef.current?.focus();
  }, [asking]);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await act();
    } catch (failure) {
      setError(problemText(failure));
      back.current = true;
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };
  const named = which && <span className="visually-hidden"> {which}</span>;
  return (
    <div className="row-actions ask-first">
      {asking ? (
        <span role="group" aria-label={question}>
          <span className="confirm-text">{question}</span>{' '}
          <button type="button" ref={yesRef} className="button button-danger button-small" aria-disabled={busy || undefined} onClick={() => { if (!busy) void confirm(); }}>
            {yes}
            {named}
          </button>{' '}
          <button type="button" className="button button-small" onClick={() => { back.current = true; setAsking(false); }}>
            {t('form.cancel')}
          </button>
        </span>
      ) : (
        <button type="button" ref={openRef} className="button button-small" onClick={() => { setError(null); setAsking(true); }}>
          {label}
          {named}
        </button>
      )}
      <FormAlert message={error} />
    </div>
  );
}
