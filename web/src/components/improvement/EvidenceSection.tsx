import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The improvement cycle's discovery step: where the team's evidence, theme board and insights live. */
export function EvidenceSection({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="improvement-evidence">
      <h2 id="improvement-evidence">{t('evidence.section.title')}</h2>
      <p>{t('evidence.section.intro')}</p>
      <p><Link to={`/teams/${teamId}/evidence`}>{t('evidence.section.open')}</Link></p>
    </section>
  );
}
