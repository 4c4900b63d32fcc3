import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { FormAlert, Status, useProblemText } from '../components/forms';
import { InlineFailure, Loading, useLoad, usePageTitle } from '../components/page';
import { MyPlanTasks } from '../components/plan/MyPlanTasks';
import { OpenActionItems } from '../components/work/OpenActionItems';
import { MyOutreach } from '../components/team/MyOutreach';
import { MyTeamsOpenItems } from '../components/work/MyTeamsOpenItems';
import { FeedbackRequests } from '../components/feedback/FeedbackRequests';

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
        {load.state === 'ready' && <OpenActionItems items={load.data.action_items} today={load.data.today} reload={reload} focusAfter="my-items" />}
      </section>
      <FeedbackRequests />
      <MyTeamsOpenItems />
      {load.state === 'ready' && <MyPlanTasks tasks={load.data.plan_tasks} />}
      {load.state === 'ready' && <MyOutreach items={load.data.outreach_items} />}
      <CalendarFeed />
    </>
  );
}
