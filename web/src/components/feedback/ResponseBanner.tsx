import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackApi, type Round } from '../../feedbackApi';
import { FormAlert, useProblemText } from '../forms';

/** For an invited reviewer: the team's request and the two answers. Accepting links their account to another
 * district's work (their name shows on the round) and lets them comment; declining ends their access. */
export function ResponseBanner({ round, answered }: { round: Round; answered: (accepted: boolean, round: Round) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function respond(accept: boolean) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      answered(accept, await feedbackApi.respond(round.id, accept));
    } catch (failure) {
      setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="feedback-banner" aria-labelledby="feedback-respond">
      <h2 id="feedback-respond">{t('feedback.respond.title', { team: round.team.name })}</h2>
      <p>{t('feedback.respond.text', { organization: round.team.organization })}</p>
      <FormAlert message={error} />
      <div className="actions">
        <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void respond(true)}>
          {t('feedback.respond.accept')}
        </button>
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void respond(false)}>
          {t('feedback.respond.decline')}
        </button>
      </div>
    </section>
  );
}
