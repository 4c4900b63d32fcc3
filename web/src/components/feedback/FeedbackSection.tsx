import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { feedbackApi } from '../../feedbackApi';
import { formatNumber } from '../../format';
import { InlineFailure, useLoad } from '../page';

/** The improvement tab's feedback rounds: how many are open, and the way to the rounds and to ask for feedback. */
export function FeedbackSection({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => feedbackApi.rounds(teamId), [teamId]);
  const rounds = load.state === 'ready' ? load.data.rounds : [];
  const open = rounds.filter((r) => r.status === 'open').length;
  return (
    <section aria-labelledby="improvement-feedback">
      <h2 id="improvement-feedback">{t('feedback.sectionTitle')}</h2>
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' && (
        <p>{rounds.length ? t('feedback.summary', { count: rounds.length, value: formatNumber(rounds.length), open: formatNumber(open) }) : t('feedback.none')}</p>
      )}
      <p>
        <Link to={`/teams/${teamId}/feedback`}>{t('feedback.open')}</Link>
      </p>
    </section>
  );
}
