import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Status } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { CloseRoundForm } from '../components/feedback/CloseRoundForm';
import { CommentThread } from '../components/feedback/CommentThread';
import { InviteReviewersForm } from '../components/feedback/InviteReviewersForm';
import { ItemSnapshot } from '../components/feedback/ItemSnapshot';
import { ResponseBanner } from '../components/feedback/ResponseBanner';
import { ReviewerList } from '../components/feedback/ReviewerList';
import { RoundEvents } from '../components/feedback/RoundEvents';
import { loadRoundExtras } from '../components/feedback/roundExtras';
import { feedbackApi, mentionable, type Round } from '../feedbackApi';
import { formatDueDate } from '../format';
import { useSession } from '../session';
import '../feedback.css';

/** The round's header: whose request, about what, the question, by when, and whether it is still open. */
function RoundHeader({ round, teamSide }: { round: Round; teamSide: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('feedback.round.title', { item: round.item.title })}</h1>
      <p className="lead">
        {teamSide ? (
          <Link to={`/teams/${round.team.id}/feedback`}>{t('feedback.round.askedByTeam', { team: round.team.name, organization: round.team.organization })}</Link>
        ) : (
          t('feedback.round.askedByTeam', { team: round.team.name, organization: round.team.organization })
        )}
      </p>
      <div className="feedback-ask">
        <p className="feedback-label">{t('feedback.round.question', { who: round.created_by_name })}</p>
        <p className="feedback-question">{round.question}</p>
      </div>
      <p className="meta">
        <span className={`badge feedback-status-${round.status}`}>{t(`feedback.status.${round.status}`)}</span>{' '}
        {t('feedback.due', { date: formatDueDate(round.due_on) })}
      </p>
    </>
  );
}

/** /feedback/:id: the review page, made for a phone first. A reviewer from another district sees the item as it was
 * when the round opened, the question, the comments and who else was asked: nothing else of the team. */
export default function FeedbackRound() {
  const { t } = useTranslation();
  const roundId = Number(useParams().id);
  const { user } = useSession();
  const [status, setStatus] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);
  const [load, reload] = useLoad(async () => {
    const round = await feedbackApi.get(roundId);
    return { round, extras: await loadRoundExtras(round) };
  }, [roundId]);
  usePageTitle(declined ? t('feedback.respond.declinedTitle') : load.state === 'ready' ? t('feedback.round.title', { item: load.data.round.item.title }) : null);
  if (declined) {
    return (
      <>
        <h1>{t('feedback.respond.declinedTitle')}</h1>
        <p role="status">{t('feedback.respond.declinedText')}</p>
        <p><Link to="/my-work">{t('feedback.backToMyWork')}</Link></p>
      </>
    );
  }
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { round, extras } = load.data;
  const teamSide = round.me.reviewer_status === null || round.may.close;
  const members = extras.candidates.filter((c) => c.chosen_as === 'member');
  const after = async (message: string) => {
    await reload();
    setStatus(message);
  };
  return (
    <>
      <RoundHeader round={round} teamSide={teamSide} />
      <Status message={status} />
      {round.may.respond && round.me.reviewer_status === 'invited' && (
        <ResponseBanner round={round} answered={(accepted) => {
          if (accepted) void after(t('feedback.respond.accepted'));
          else setDeclined(true);
        }} />
      )}
      <ItemSnapshot item={round.item} />
      {round.status === 'closed' && (
        <section aria-labelledby="what-we-changed" className="feedback-changed">
          <h2 id="what-we-changed">{t('feedback.whatWeChanged')}</h2>
          <p className="feedback-text">{round.what_we_changed}</p>
          {round.next_version && (
            <p>
              {teamSide ? (
                <Link to={`/teams/${round.team.id}/prototypes/${round.next_version.prototype_id}`}>{t('feedback.nextVersion', { number: round.next_version.number })}</Link>
              ) : (
                t('feedback.nextVersion', { number: round.next_version.number })
              )}
            </p>
          )}
        </section>
      )}
      <CommentThread roundId={round.id} comments={round.comments} mayComment={round.may.comment && round.status === 'open'}
        people={mentionable(round, members, user?.id)} networkIds={round.attach_network_ids ?? []} posted={() => after(t('feedback.comments.posted'))} />
      {round.status === 'open' && round.me.reviewer_status === 'invited' && !round.may.comment && (
        <p className="meta">{t('feedback.respond.acceptToComment')}</p>
      )}
      <section aria-labelledby="feedback-reviewers">
        <h2 id="feedback-reviewers">{t('feedback.reviewers')}</h2>
        <ReviewerList reviewers={round.reviewers} />
        {round.may.invite && round.status === 'open' && (
          <InviteReviewersForm round={round} candidates={extras.candidates}
            invited={(_, count) => after(t('feedback.invite.done', { count }))} />
        )}
      </section>
      {round.may.close && round.status === 'open' && (
        <CloseRoundForm round={round} laterVersions={extras.laterVersions}
          closed={() => after(t('feedback.close.done'))}
          superseded={() => void after(t('feedback.close.superseded'))} />
      )}
      <section aria-labelledby="feedback-history">
        <h2 id="feedback-history">{t('feedback.history')}</h2>
        <RoundEvents events={round.events} label={t('feedback.history')} />
      </section>
    </>
  );
}
