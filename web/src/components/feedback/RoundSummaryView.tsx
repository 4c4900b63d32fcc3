import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundSummary } from '../../feedbackApi';
import { formatDueDate, formatNumber } from '../../format';
import { RoundEvents } from './RoundEvents';

/** One round on the team's timeline: what was asked of whom and by when, how far the answers are, its history, and
 * — once closed — what the team changed, with a link to the next version when there is one. */
export function RoundSummaryView({ teamId, round }: { teamId: number; round: RoundSummary }) {
  const { t } = useTranslation();
  const headingId = `round-${round.id}`;
  return (
    <li className="feedback-round">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>
          <Link to={`/feedback/${round.id}`}>{round.item.title}</Link>
        </h2>
        <p className="feedback-question">{round.question}</p>
        <p className="meta">
          <span className={`badge feedback-status-${round.status}`}>{t(`feedback.status.${round.status}`)}</span>{' '}
          {t('feedback.due', { date: formatDueDate(round.due_on) })}
          {' · '}
          {t('feedback.acceptedCount', { count: round.reviewers, accepted: formatNumber(round.accepted), value: formatNumber(round.reviewers) })}
          {' · '}
          {t('feedback.commentCount', { count: round.comments, value: formatNumber(round.comments) })}
        </p>
        {round.status === 'closed' && (
          <div className="feedback-changed">
            <h3>{t('feedback.whatWeChanged')}</h3>
            <p className="feedback-text">{round.what_we_changed}</p>
            {round.next_version && (
              <p>
                <Link to={`/teams/${teamId}/prototypes/${round.next_version.prototype_id}`}>
                  {t('feedback.nextVersion', { number: round.next_version.number })}
                </Link>
              </p>
            )}
          </div>
        )}
        <RoundEvents events={round.events} label={t('feedback.historyOf', { item: round.item.title })} />
      </article>
    </li>
  );
}
