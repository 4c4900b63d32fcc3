import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type ActionItem } from '../api';
import { FormAlert, Status, useProblemText } from '../components/forms';
import { InlineFailure, Loading, useLoad, usePageTitle } from '../components/page';
import { formatDate } from '../format';
import { MyPlanTasks } from '../components/plan/MyPlanTasks';
import { MyOutreach } from '../components/team/MyOutreach';

function Items({ items, today, reload }: { items: ActionItem[]; today: string; reload: () => Promise<void> }) {
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
      document.getElementById('my-items')?.focus();
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
                  {t('myWork.due', { date: formatDate(item.due) })} · {item.team.name} ·{' '}
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

function CalendarFeed() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    setError(null);
    setStatus(null);
    try {
      await action();
    } catch (failure) {
      setError(problemText(failure));
    }
  }

  return (
    <section aria-labelledby="calendar">
      <h2 id="calendar">{t('myWork.calendar')}</h2>
      <p>{t('myWork.calendarIntro')}</p>
      <p>{t('myWork.calendarPrivate')}</p>
      <FormAlert message={error} />
      {url && (
        <div className="field">
          <label htmlFor="feed-url">{t('myWork.feedUrl')}</label>
          <input id="feed-url" type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <div className="actions">
        {url && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void run(async () => {
                try {
                  await navigator.clipboard.writeText(url);
                  setStatus(t('myWork.copied'));
                } catch {
                  const input = document.getElementById('feed-url') as HTMLInputElement | null;
                  input?.focus();
                  input?.select();
                  setStatus(t('myWork.copyManually'));
                }
              })
            }
          >
            {t('myWork.copy')}
          </button>
        )}
        <button
          type="button"
          className="button button-primary"
          onClick={() =>
            void run(async () => {
              const feed = await api.createCalendarFeed();
              setUrl(feed.url);
              setStatus(url ? t('myWork.replaced') : t('myWork.created'));
            })
          }
        >
          {url ? t('myWork.replace') : t('myWork.create')}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() =>
            void run(async () => {
              await api.revokeCalendarFeed();
              setUrl(null);
              setStatus(t('myWork.revoked'));
            })
          }
        >
          {t('myWork.revoke')}
        </button>
      </div>
      <Status message={status} />
    </section>
  );
}

export default function MyWork() {
  const { t } = useTranslation();
  usePageTitle(t('myWork.title'));
  const [load, reload] = useLoad(() => api.myActionItems(), []);
  return (
    <>
      <h1>{t('myWork.title')}</h1>
      <p className="lead">{t('myWork.intro')}</p>
      <section aria-labelledby="my-items">
        <h2 id="my-items" tabIndex={-1}>
          {t('myWork.items')}
        </h2>
        {load.state === 'loading' && <Loading />}
        {load.state === 'failed' && <InlineFailure error={load.error} />}
        {load.state === 'ready' && <Items items={load.data.action_items} today={load.data.today} reload={reload} />}
      </section>
      {load.state === 'ready' && <MyPlanTasks tasks={load.data.plan_tasks} />}
      {load.state === 'ready' && <MyOutreach items={load.data.outreach_items} />}
      <CalendarFeed />
    </>
  );
}
