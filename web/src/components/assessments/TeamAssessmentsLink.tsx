import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The team page's way to its self-assessments of implementation. */
export function TeamAssessmentsLink({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="team-assessments">
      <h2 id="team-assessments">{t('assessments.title')}</h2>
      <p>{t('assessments.teamIntro')}</p>
      <p>
        <Link to={`/teams/${teamId}/assessments`}>{t('assessments.open')}</Link>
      </p>
    </section>
  );
}
