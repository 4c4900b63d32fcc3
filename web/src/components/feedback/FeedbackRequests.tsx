import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { feedbackApi } from '../../feedbackApi';
import { formatDueDate, formatNumber } from '../../format';
import { InlineFailure, useLoad } from '../page';

/** My work: the open rounds that asked for my feedback, each linking to its review page. Nothing when none. */
export function FeedbackRequests() {
  const { t } = useTranslation();
  const [load] = useLoad(() => feedbackApi.myRequests(), []);
  if (load.state === 'loading') return null;
  if (load.state === 'failed') return <InlineFailure error={load.error} />;
  const { requests } = load.data;
  if (!requests.length) return null;
  return (
    <section aria-labelledby="feedback-asked">
      <h2 id="feedback-asked">{t('feedback.mine.title')}</h2>
      <ul className="feedback-requests">
        {requests.map((r) => (
          <li key={r.round_id}>
            <Link to={`/feedback/${r.round_id}`}>{r.item_title}</Link>
            <span className="meta"> — {t('feedback.mine.from', { team: r.team, organization: r.organization })}</span>
            <p className="feedback-question">{r.question}</p>
            <p className="meta">
              {t(`feedback.mine.${r.reviewer_status}`)} · {t('feedback.due', { date: formatDueDate(r.due_on) })} ·{' '}
              {t('feedback.commentCount', { count: r.comments, value: formatNumber(r.comments) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
