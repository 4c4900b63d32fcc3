import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, api, type ActionItem, type ActionStatus } from '../../api';
import { useProblemText } from '../forms';

/**
 * Who may change an item's status, from the meeting's `may`: everyone's items (`all`, a select), the caller's own
 * item (`own`: its owner marks it done or blocked, whatever their seat), or nobody (`none`, the word only).
 */
export type StatusRights = 'all' | 'own' | 'none';

/** Blocked needs a word on what stands in the way: asked for before the status is saved. */
function BlockedComment({ item, save, cancel }: { item: ActionItem; save: (comment: string) => void; cancel: () => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const id = `action-comment-${item.id}`;
  return (
    <div className="status-comment-form">
      <label htmlFor={id}>{t('live.blockedComment', { title: item.title })}</label>
      <textarea id={id} rows={2} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
      <button type="button" disabled={!comment.trim()} onClick={() => save(comment.trim())}>
        {t('live.saveBlocked')}
      </button>{' '}
      <button type="button" className="secondary" onClick={cancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
}

/** An action item's status: a select (or the owner's buttons) for who may change it, the word otherwise. */
export function ActionStatusSelect({ item, rights, changed }: { item: ActionItem; rights: StatusRights; changed: (status: ActionStatus, message: string) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [error, setError] = useState<string | null>(null);
  const [blocking, setBlocking] = useState(false);
  const id = `action-status-${item.id}`;
  async function save(status: ActionStatus, comment?: string) {
    setError(null);
    try {
      await api.updateActionItem(item.id, { status, version: item.version, ...(comment ? { comment } : {}) });
      setBlocking(false);
      changed(status, t('live.statusChanged', { title: item.title, status: t(`action.status.${status}`) }));
    } catch (failure) {
      setError(problemText(failure));
    }
  }
  if (rights === 'none') return <>{t(`action.status.${item.status}`)}</>;
  const comment = blocking && <BlockedComment item={item} save={(text) => void save('blocked', text)} cancel={() => setBlocking(false)} />;
  const failed = error && <p className="field-error">{error}</p>;
  if (rights === 'own') {
    return (
      <>
        {t(`action.status.${item.status}`)}
        <span className="own-item-actions block">
          {item.status !== 'done' && (
            <button type="button" aria-label={t('live.markDoneOf', { title: item.title })} onClick={() => void save('done')}>
              {t('live.markDone')}
            </button>
          )}{' '}
          {item.status !== 'blocked' && !blocking && (
            <button type="button" className="secondary" aria-label={t('live.markBlockedOf', { title: item.title })} onClick={() => setBlocking(true)}>
              {t('live.markBlocked')}
            </button>
          )}
        </span>
        {comment}
        {failed}
      </>
    );
  }
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('live.statusOf', { title: item.title })}
      </label>
      <select
        id={id}
        value={blocking ? 'blocked' : item.status}
        onChange={(e) => {
          const status = e.target.value as ActionStatus;
          if (status === 'blocked') setBlocking(true);
          else void save(status);
        }}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`action.status.${s}`)}
          </option>
        ))}
      </select>
      {comment}
      {failed}
    </>
  );
}
