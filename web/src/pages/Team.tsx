import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useParams } from 'react-router';
import { api } from '../api';
import { Status } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { useLabels } from '../components/team/labels';
import { TeamHeader } from '../components/team/TeamHeader';
import type { TeamPage } from '../components/team/teamPage';
import { isTeamTab, TeamTabs, type TeamTab } from '../components/team/TeamTabs';

/** The team page (issue 17): the team's header, its tabs and the current tab (an overview of its status, meetings,
 * guide work, improvement, members and representation, follow-through, and settings for those who may manage the
 * team). Each tab is a page of its own under this route (App.tsx), so a cold load fetches the code of the tab it
 * shows only; the team is loaded here once and handed to the tab (useTeamPage), so moving between tabs keeps it. */
export default function Team() {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const last = useLocation().pathname.split('/').filter(Boolean).at(-1) ?? '';
  const tab: TeamTab = isTeamTab(last) ? last : 'overview';
  const [load, reload] = useLoad(
    () => Promise.all([api.getTeam(teamId), api.listPerspectives()]),
    [teamId],
  );
  const [status, setStatus] = useState<string | null>(null);
  const catalogue = load.state === 'ready' ? load.data[1].perspectives : [];
  const labels = useLabels(catalogue);
  const teamName = load.state === 'ready' ? load.data[0].name : null;
  usePageTitle(teamName === null ? null : tab === 'overview' ? teamName : `${t(`teamTabs.${tab}`)} · ${teamName}`);

  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [team] = load.data;
  const page: TeamPage = { team, catalogue, labels, manages: team.may.manage, reload, setStatus };
  return (
    <>
      <TeamHeader team={team} labels={labels} />
      <TeamTabs teamId={team.id} current={tab} manages={page.manages} />
      <Status message={status} />
      {/* A tab whose code is still on its way keeps the header and the tabs on screen. */}
      <Suspense fallback={<Loading />}>
        <Outlet context={page} />
      </Suspense>
    </>
  );
}
