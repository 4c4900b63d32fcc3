import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
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
import { ManageForms } from '../components/team/ManageForms';
import { TeamHeader } from '../components/team/TeamHeader';
import { MembersSection } from '../components/team/MembersSection';
import { NetworkSharing } from '../components/team/NetworkSharing';
import { TeamTimeZoneSetting } from '../components/team/TeamTimeZoneSetting';

export default function Team() {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const [load, reload] = useLoad(
    () => Promise.all([api.getTeam(teamId), api.listPerspectives()]),
    [teamId],
  );
  const [status, setStatus] = useState<string | null>(null);
  const outreachHeading = useRef<HTMLHeadingElement>(null);
  const catalogue = load.state === 'ready' ? load.data[1].perspectives : [];
  const labels = useLabels(catalogue);
  usePageTitle(load.state === 'ready' ? load.data[0].name : null);

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
      <Status message={status} />
      <TeamGuides teamId={team.id} manages={manages} />
      <TeamMeetings teamId={team.id} manages={manages} />
      <TeamPlanLink teamId={team.id} />
      <TeamCoaching teamId={team.id} manages={manages} />
      <TeamMeasures teamId={team.id} />
      <TeamAssessmentsLink teamId={team.id} />
      <NetworkSharing teamId={team.id} />
      <TeamTimeZoneSetting team={team} saved={reload} />
      <Representation team={team} labels={labels} manages={manages} planned={planned} />
      <Outreach team={team} labels={labels} headingRef={outreachHeading} reload={reload} />
      <MembersSection team={team} catalogue={catalogue} labels={labels} manages={manages} reload={reload} setStatus={setStatus} />
      {manages && (
        <ManageForms
          team={team}
          catalogue={catalogue}
          labels={labels}
          added={async (name) => {
            await reload();
            setStatus(t('team.added', { name }));
          }}
        />
      )}
    </>
  );
}
