import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api';
import { LoadFailed, Loading, InlineFailure, useLoad, usePageTitle } from '../components/page';
import { AskForFeedbackForm } from '../components/feedback/AskForFeedbackForm';
import { RoundSummaryView } from '../components/feedback/RoundSummaryView';
import { feedbackApi } from '../feedbackApi';
import '../feedback.css';

/** The form, with what it needs loaded only when the team chooses to ask. */
function AskForFeedback({ teamId }: { teamId: number }) {
  const navigate = useNavigate();
  const [load] = useLoad(async () => {
    const [items, candidates] = await Promise.all([feedbackApi.items(teamId), feedbackApi.candidates(teamId)]);
    return { items, candidates: candidates.candidates };
  }, [teamId]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <InlineFailure error={load.error} />;
  return <AskForFeedbackForm teamId={teamId} items={load.data.items} candidates={load.data.candidates} opened={(round) => void navigate(`/feedback/${round.id}`)} />;
}

/** /teams/:id/feedback: the team's feedback rounds as a timeline (each with its answers, history and what changed),
 * and, for those who may ask, the way to ask for feedback. */
export default function FeedbackRounds() {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const [asking, setAsking] = useState(false);
  const [load] = useLoad(async () => {
    const [team, rounds] = await Promise.all([api.getTeam(teamId), feedbackApi.rounds(teamId)]);
    return { team, ...rounds };
  }, [teamId]);
  usePageTitle(t('feedback.title'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { team, rounds, may_request: mayRequest } = load.data;
  return (
    <>
      <h1>{t('feedback.title')}</h1>
      <p className="lead">
        <Link to={`/teams/${teamId}/improvement`}>{t('feedback.backTo', { team: team.name })}</Link>
      </p>
      <p>{t('feedback.intro')}</p>
      {mayRequest && !asking && (
        <p>
          <button type="button" className="button button-primary" onClick={() => setAsking(true)}>{t('feedback.ask.title')}</button>
        </p>
      )}
      {mayRequest && asking && <AskForFeedback teamId={teamId} />}
      {rounds.length === 0 ? (
        <p>{t('feedback.none')}</p>
      ) : (
        <ol className="feedback-rounds" aria-label={t('feedback.roundsList')}>
          {rounds.map((round) => (
            <RoundSummaryView key={round.id} teamId={teamId} round={round} />
          ))}
        </ol>
      )}
    </>
  );
}
