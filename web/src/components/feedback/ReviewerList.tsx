import { useTranslation } from 'react-i18next';
import type { Reviewer } from '../../feedbackApi';
import { formatDateTime } from '../../format';

/** Who was asked, from where, as what, and how each answered. */
export function ReviewerList({ reviewers }: { reviewers: Reviewer[] }) {
  const { t } = useTranslation();
  return (
    <ul className="feedback-reviewers">
      {reviewers.map((r) => (
        <li key={r.user_id}>
          <strong>{r.name}</strong>, {r.organization} <span className="meta">({t(`feedback.chosenAs.${r.chosen_as}`)})</span>{' '}
          <span className={`badge feedback-reviewer-${r.status}`}>{t(`feedback.reviewerStatus.${r.status}`)}</span>
          {r.answered_at && (
            <span className="meta"> <time dateTime={r.answered_at}>{formatDateTime(r.answered_at)}</time></span>
          )}
        </li>
      ))}
    </ul>
  );
}
