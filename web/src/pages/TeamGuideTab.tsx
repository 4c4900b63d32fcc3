import { TeamGuides } from '../components/TeamGuides';
import { TeamAssessmentsLink } from '../components/assessments/TeamAssessmentsLink';
import { TeamCoaching } from '../components/coaching/TeamCoaching';
import { TeamMeasures } from '../components/measures/TeamMeasures';
import { TeamPlanLink } from '../components/plan/TeamPlanLink';
import { useTeamPage } from '../components/team/teamPage';

/** The team page's guide tab: the implementation guides it follows, its plan, measures, assessments and coaching. */
export default function TeamGuideTab() {
  const { team, manages } = useTeamPage();
  return (
    <>
      <TeamGuides teamId={team.id} manages={manages} />
      <TeamPlanLink teamId={team.id} />
      <TeamMeasures teamId={team.id} />
      <TeamAssessmentsLink teamId={team.id} />
      <TeamCoaching teamId={team.id} manages={manages} />
    </>
  );
}
