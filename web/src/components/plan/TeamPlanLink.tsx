import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The team page's way to its plan and the plan's timeline. */
export function TeamPlanLink({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="team-plan">
      <h2 id="team-plan">{t('plan.teamSection')}</h2>
      <p>{t('plan.teamIntro')}</p>
      <p className="actions">
        <Link className="button" to={`/teams/${teamId}/plan`}>{t('plan.open')}</Link>
        <Link className="button" to={`/teams/${teamId}/plan/timeline`}>{t('plan.timelineLink')}</Link>
      </p>
    </section>
  );
}
