import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type GapKind } from '../api';
import { TeamGuides } from '../components/TeamGuides';
import { TeamMeetings } from '../components/TeamMeetings';
import { TeamAssessmentsLink } from '../components/assessments/TeamAssessmentsLink';
import { TeamMeasures } from '../components/measures/TeamMeasures';
import { TeamPlanLink } from '../components/plan/TeamPlanLink';
import { TeamCoaching } from '../components/coaching/TeamCoaching';
import { Status } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { useLabels } from '../components/team/labels';
import { Representation } from '../components/team/Representation';
import { Outreach } from '../components/team/Outreach';
import { TeamHeader } from '../components/team/TeamHeader';
import { MembersSection } from '../components/team/MembersSection';
import { TeamSettings } from '../components/team/TeamSettings';
import { TeamFollowThrough } from '../components/team/TeamFollowThrough';
import { TeamOverview } from '../components/team/TeamOverview';
import { isTeamTab, TeamTabs, type TeamTab } from '../components/team/TeamTabs';
import { TeamImprovement } from '../components/team/TeamImprovement';
import NotFound from './NotFound';

/** The team page (issue 17): the team's header, its tabs (sub-routes) and the current tab: an overview of its
 * status, meetings, guide work, members and representation, follow-through, and settings apart from status, for
 * those who may manage the team only. */
export default function Team() {
  const { t } = useTranslation();
  const params = useParams();
  const teamId = Number(params.id);
  const tab: TeamTab | null = params.tab === undefined ? 'overview' : isTeamTab(params.tab) ? params.tab : null;
  const [load, reload] = useLoad(
    () => Promise.all([api.getTeam(teamId), api.listPerspectives()]),
    [teamId],
  );
  const [status, setStatus] = useState<string | null>(null);
  const outreachHeading = useRef<HTMLHeadingElement>(null);
  const catalogue = load.state === 'ready' ? load.data[1].perspectives : [];
  const labels = useLabels(catalogue);
  const teamName = load.state === 'ready' ? load.data[0].name : null;
  usePageTitle(teamName === null || tab === null ? null : tab === 'overview' ? teamName : `${t(`teamTabs.${tab}`)} · ${teamName}`);

  if (tab === null) return <NotFound />;
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [team] = load.data;
  const manages = team.may.manage;

  const planned = async (kind: GapKind, key: string, label: string) => {
    const title = kind === 'perspective' ? t('team.outreachTitlePerspective', { label }) : t('team.outreachTitleGradeSpan', { label });
    await api.planOutreach(team.id, { gap_kind: kind, gap_key: key, title });
    await reload();
    setStatus(t('team.outreachDone', { label }));
    outreachHeading.current?.focus();
  };

  return (
    <>
      <TeamHeader team={team} labels={labels} />
      <TeamTabs teamId={team.id} current={tab} manages={manages} />
      <Status message={status} />
      {tab === 'overview' && (
        <>
          <TeamOverview team={team} />
          <p>
            <Link to={`/teams/${team.id}/report`}>{t('reports.teamLink')}</Link>
          </p>
        </>
      )}
      {tab === 'meetings' && <TeamMeetings teamId={team.id} manages={manages} />}
      {tab === 'guide' && (
        <>
          <TeamGuides teamId={team.id} manages={manages} />
          <TeamPlanLink teamId={team.id} />
          <TeamMeasures teamId={team.id} />
          <TeamAssessmentsLink teamId={team.id} />
          <TeamCoaching teamId={team.id} manages={manages} />
        </>
      )}
      {tab === 'improvement' && <TeamImprovement teamId={team.id} manages={manages} />}
      {tab === 'members' && (
        <>
          <Representation team={team} labels={labels} manages={manages} planned={planned} />
          <Outreach team={team} labels={labels} headingRef={outreachHeading} reload={reload} />
          <MembersSection team={team} catalogue={catalogue} labels={labels} manages={manages} reload={reload} setStatus={setStatus} />
        </>
      )}
      {tab === 'follow-through' && <TeamFollowThrough teamId={team.id} />}
      {tab === 'settings' && (
        <TeamSettings
          team={team}
          catalogue={catalogue}
          labels={labels}
          done={async (message) => {
            await reload();
            setStatus(message);
          }}
        />
      )}
    </>
  );
}
