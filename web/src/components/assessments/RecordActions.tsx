import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms';

/**
 * A self-assessment's Edit and Delete buttons, named with its term. Deleting asks first, in place (as the points
 * of a measure do); Cancel returns to the Delete button.
 */
export function RecordActions({ term, edit, remove, editRef }: {
  term: string; edit: () => void; remove: () => Promise<string | null>; editRef: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  const back = useRef(false);
  useEffect(() => {
    if (confirming) yesRef.current?.focus();
    else if (back.current) deleteRef.current?.focus();
  }, [confirming]);
  const confirm = async () => {
    setBusy(true);
    setError(await remove());
    setBusy(false);
  };
  return (
    <div className="actions">
      <FormAlert message={error} />
      {confirming ? (
        <span role="group" aria-label={t('assessments.delete.confirm', { term })}>
          <span className="confirm-text">{t('assessments.delete.confirm', { term })}</span>{' '}
          <button type="button" ref={yesRef} className="button button-danger button-small" aria-disabled={busy || undefined}
            onClick={() => { if (!busy) void confirm(); }}>
            {t('assessments.delete.yes', { term })}
          </button>{' '}
          <button type="button" className="button button-small" onClick={() => { back.current = true; setConfirming(false); }}>
            {t('form.cancel')}
          </button>
        </span>
      ) : (
        <>
          <button type="button" ref={editRef} className="button button-small" onClick={edit}>
            {t('assessments.edit.open')}
            <span className="visually-hidden"> {t('assessments.edit.ofTerm', { term })}</span>
          </button>{' '}
          <button type="button" ref={deleteRef} className="button button-small" onClick={() => setConfirming(true)}>
            {t('assessments.delete.open')}
            <span className="visually-hidden"> {t('assessments.edit.ofTerm', { term })}</span>
          </button>
        </>
      )}
    </div>
  );
}
