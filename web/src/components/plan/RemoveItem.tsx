import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemText } from '../forms';

/**
 * Removes one item of the plan after asking, in place. `blocked` is a reason the item cannot go yet (a goal that
 * still has objectives), said instead of asking; the server refuses the same, so a stale page is told too.
 * `removed` reports the removal to the section's status region: the item, and this button with it, is gone.
 */
export function RemoveItem({
  name,
  remove,
  removed,
  blocked = null,
}: {
  name: string;
  remove: () => Promise<void>;
  removed: (message: string) => Promise<void>;
  blocked?: string | null;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    try {
      await remove();
      await removed(t('plan.remove.done', { name }));
    } catch (error) {
      setSaid(problemText(error));
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="plan-item-actions no-print">
      {asking ? (
        <span role="group" aria-label={t('plan.remove.ask', { name })}>
          <span className="confirm-text">{t('plan.remove.ask', { name })}</span>{' '}
          <button type="button" className="button button-danger button-small" aria-disabled={busy} onClick={() => void (busy ? null : confirm())}>
            {t('plan.remove.yes')}
          </button>{' '}
          <button type="button" className="button button-small" onClick={() => setAsking(false)}>
            {t('form.cancel')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setSaid(blocked);
            setAsking(!blocked);
          }}
        >
          {t('plan.remove.button')}
          <span className="visually-hidden"> {name}</span>
        </button>
      )}
      <span role="status">{said && <span className="field-error">{said}</span>}</span>
    </span>
  );
}

/** A section's removal status: `removed` reloads the plan, then says what went, in the section's status region. */
export function useRemoved(reload: () => Promise<void>): [string | null, (message: string) => Promise<void>] {
  const [said, setSaid] = useState<string | null>(null);
  return [
    said,
    async (message: string) => {
      await reload();
      setSaid(message);
    },
  ];
}
