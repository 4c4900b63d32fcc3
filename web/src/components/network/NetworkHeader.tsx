import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../api';
import { formatDate } from '../../format';
import { EditNetwork } from './EditNetwork';

/**
 * The network's name, focus, facilitator and dates; for those who may manage it (`may.manage`), an Edit button
 * that opens the editor in their place. `facilitator` is the facilitator's name as the page shows it.
 */
export function NetworkHeader({ network, facilitator, saved }: { network: Network; facilitator: ReactNode; saved: (network: Network) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to the Edit button once it is drawn again after the editor closes (saved or cancelled): an
  // effect, not a timer, so it runs after the commit that mounts the button however the save's updates batch.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const close = () => setEditing(false);
  if (editing) {
    return (
      <>
        <h1>{network.name}</h1>
        <EditNetwork
          network={network}
          saved={(updated) => {
            saved(updated);
            close();
          }}
          cancel={close}
        />
      </>
    );
  }
  return (
    <>
      <h1>{network.name}</h1>
      {network.focus && <p className="lead">{network.focus}</p>}
      <dl className="facts">
        <div>
          <dt>{t('network.facilitator')}</dt>
          <dd>{facilitator}</dd>
        </div>
        <div>
          <dt>{t('network.starts')}</dt>
          <dd>{network.starts_on ? formatDate(network.starts_on) : t('network.noDate')}</dd>
        </div>
        <div>
          <dt>{t('network.ends')}</dt>
          <dd>{network.ends_on ? formatDate(network.ends_on) : t('network.noDate')}</dd>
        </div>
      </dl>
      {network.may.manage && (
        <p>
          <button type="button" ref={editButton} className="button button-small" onClick={() => setEditing(true)}>
            {t('networkAdmin.edit.open')}
          </button>
        </p>
      )}
    </>
  );
}
