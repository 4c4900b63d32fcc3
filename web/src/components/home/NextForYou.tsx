import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import { InlineFailure, Loading, useLoad } from '../page';
import { OpenActionItems } from '../work/OpenActionItems';
import { LatestMinutes } from './LatestMinutes';
import { NextMeetings } from './NextMeetings';
import { WaitingForYou } from './WaitingForYou';

// A phone shows this much without scrolling far; the rest is one tap away on My work.
const ITEMS_SHOWN = 5;

/** What to do next, first on the home page: the next meetings, the items the caller owes (one tap marks one done)
 * and the latest minutes. Every person gets it; for a family or student participant it is most of what they need.
 * Its three requests run side by side. Each term the guide uses is explained in a sentence. */
export function NextForYou() {
  const { t } = useTranslation();
  const [meetings] = useLoad(() => api.myMeetings(), []);
  const [work, reloadWork] = useLoad(() => api.myActionItems(), []);
  return (
    <section aria-labelledby="next-for-you" className="next-for-you">
      <h2 id="next-for-you">{t('home.next.title')}</h2>
      {meetings.state === 'loading' && <Loading />}
      {meetings.state === 'failed' && <InlineFailure error={meetings.error} />}
      {meetings.state === 'ready' && <NextMeetings meetings={meetings.data.upcoming} />}
      <section aria-labelledby="items-due" className="next-block">
        <h3 id="items-due" tabIndex={-1}>
          {t('home.next.items')}
        </h3>
        <p className="explain">{t('home.next.itemsExplain')}</p>
        {work.state === 'loading' && <Loading />}
        {work.state === 'failed' && <InlineFailure error={work.error} />}
        {work.state === 'ready' && (
          <>
            <OpenActionItems
              items={work.data.action_items.slice(0, ITEMS_SHOWN)}
              today={work.data.today}
              reload={reloadWork}
              focusAfter="items-due"
            />
            {work.data.action_items.length > ITEMS_SHOWN && (
              <p>
                <Link to="/my-work">
                  {t('home.next.allItems', { count: work.data.action_items.length })}
                </Link>
              </p>
            )}
          </>
        )}
      </section>
      <WaitingForYou />
      {meetings.state === 'ready' && <LatestMinutes meetings={meetings.data.recent_minutes} />}
    </section>
  );
}
