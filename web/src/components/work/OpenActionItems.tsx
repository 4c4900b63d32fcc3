import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type ActionItem } from '../../api';
import { formatDueDate } from '../../format';
import { FormAlert, Status, useProblemText } from '../forms';

/** Open action items as cards, overdue ones marked, each with one button that marks it done. After a change the
 * list reloads and focus moves to the element `focusAfter` names (the list's heading), so a keyboard or screen
 * reader user is not left on a button that is gone. */
export function OpenActionItems({
  items,
  today,
  reload,
  focusAfter,
}: {
  items: ActionItem[];
  today: string;
  reload: () => Promise<void>;
  focusAfter: string;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  async function done(item: ActionItem) {
    setError(null);
    setStatus(null);
    setBusy(item.id);
    try {
      await api.updateActionItem(item.id, { status: 'done', done_on: today, version: item.version });
      await reload();
      setStatus(t('myWork.markedDone', { title: item.title }));
      document.getElementById(focusAfter)?.focus();
    } catch (failure) {
      setError(problemText(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Status message={status} />
      <FormAlert message={error} />
      {items.length ? (
        <ul className="cards my-items">
          {items.map((item) => {
            const overdue = item.overdue ?? item.due < today;
            return (
              <li key={item.id} className={overdue ? 'overdue' : undefined}>
                <strong>
                  {overdue && <span className="badge badge-missing">{t('myWork.overdue')}</span>} {item.title}
                </strong>
                <span className="meta">
                  {t('myWork.due', { date: formatDueDate(item.due) })} · {item.team.name} ·{' '}
                  <Link to={`/meetings/${item.meeting.id}`}>{item.meeting.title}</Link>
                </span>
                <div>
                  <button type="button" className="button button-small" aria-disabled={busy === item.id || undefined} onClick={() => busy === null && void done(item)}>
                    {t('myWork.markDone')}
                    <span className="visually-hidden"> {item.title}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('myWork.none')}</p>
      )}
    </>
  );
}
