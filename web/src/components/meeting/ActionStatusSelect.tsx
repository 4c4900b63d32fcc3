import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, api, type ActionItem, type ActionStatus } from '../../api';
import { useProblemText } from '../forms';

/** An action item's status: a select for who may change it, the word otherwise. */
export function ActionStatusSelect({ item, canWrite, changed }: { item: ActionItem; canWrite: boolean; changed: (status: ActionStatus, message: string) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [error, setError] = useState<string | null>(null);
  const id = `action-status-${item.id}`;
  if (!canWrite) return <>{t(`action.status.${item.status}`)}</>;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('live.statusOf', { title: item.title })}
      </label>
      <select
        id={id}
        value={item.status}
        onChange={async (e) => {
          setError(null);
          try {
            const status = e.target.value as ActionStatus;
            await api.updateActionItem(item.id, { status, version: item.version });
            changed(status, t('live.statusChanged', { title: item.title, status: t(`action.status.${e.target.value}`) }));
          } catch (failure) {
            setError(problemText(failure));
          }
        }}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`action.status.${s}`)}
          </option>
        ))}
      </select>
      {error && <p className="field-error">{error}</p>}
    </>
  );
}
