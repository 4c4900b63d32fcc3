import { useTranslation } from 'react-i18next';
import { EvidenceSection } from '../improvement/EvidenceSection';
import { ProblemSection } from '../improvement/ProblemSection';
import { PrototypesSection } from '../improvement/PrototypesSection';
import { FeedbackSection } from '../feedback/FeedbackSection';

/** The team's improvement cycle tab (issue 12): the problem of practice and driver diagram, discovery evidence,
 * prototypes with their test cycles and the feedback rounds across districts. Each part is its own section
 * component, listed here in the order a team works through them. */
export function TeamImprovement({ teamId, manages }: { teamId: number; manages: boolean }) {
  const { t } = useTranslation();
  void manages;
  return (
    <>
      <p>{t('teamTabs.improvementIntro')}</p>
      <ProblemSection teamId={teamId} />
      <EvidenceSection teamId={teamId} />
      <PrototypesSection teamId={teamId} />
      <FeedbackSection teamId={teamId} />
    </>
  );
}
