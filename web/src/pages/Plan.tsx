import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { planApi } from '../planApi';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { VisionSection } from '../components/plan/VisionSection';
import { GoalsSection } from '../components/plan/GoalsSection';
import { AreasSection } from '../components/plan/AreasSection';
import { MilestonesSection } from '../components/plan/MilestonesSection';
import { BarriersSection } from '../components/plan/BarriersSection';
import { TasksSection } from '../components/plan/TasksSection';
import { ExportLinks } from '../components/ExportLinks';

/** A team's plan (issue 13): vision, goals and objectives, the six areas, milestones, tasks and barriers. */
export default function Plan() {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const [load, reload] = useLoad(
    () => Promise.all([planApi.getPlan(teamId), api.getTeam(teamId), api.listTeamMeasures(teamId)]),
    [teamId],
  );
  const teamName = load.state === 'ready' ? load.data[1].name : null;
  usePageTitle(teamName ? t('plan.pageTitle', { team: teamName }) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [plan, team, measures] = load.data;
  const canEdit = plan.may.contribute;
  return (
    <>
      <p className="no-print"><Link to={`/teams/${teamId}`}>{t('plan.backToTeam', { team: team.name })}</Link></p>
      <h1>{t('plan.pageTitle', { team: team.name })}</h1>
      <p className="lead">{t('plan.intro')}</p>
      <div className="actions no-print">
        <Link className="button" to={`/teams/${teamId}/plan/timeline`}>{t('plan.timelineLink')}</Link>
        <Link className="button" to={`/teams/${teamId}/plan/print`}>{t('plan.printLink')}</Link>
      </div>
      <VisionSection teamId={teamId} vision={plan.vision} canEdit={canEdit} reload={reload} />
      <GoalsSection teamId={teamId} goals={plan.goals} measures={measures.measures} canEdit={canEdit} reload={reload} />
      <AreasSection teamId={teamId} areas={plan.areas} canEdit={canEdit} reload={reload} />
      <MilestonesSection teamId={teamId} milestones={plan.milestones} canEdit={canEdit} reload={reload} />
      <TasksSection teamId={teamId} tasks={plan.tasks} members={team.members} canEdit={canEdit} reload={reload} />
      <BarriersSection teamId={teamId} barriers={plan.barriers} canEdit={canEdit} reload={reload} />
      <div className="no-print">
        <ExportLinks teamId={teamId} headingLevel={2} topic="plan" />
      </div>
    </>
  );
}
