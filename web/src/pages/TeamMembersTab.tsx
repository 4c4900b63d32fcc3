import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type GapKind } from '../api';
import { MembersSection } from '../components/team/MembersSection';
import { Outreach } from '../components/team/Outreach';
import { Representation } from '../components/team/Representation';
import { useTeamPage } from '../components/team/teamPage';

/** The team page's members tab: who represents whom, outreach to the voices missing, and the members. */
export default function TeamMembersTab() {
  const { t } = useTranslation();
  const { team, catalogue, labels, manages, reload, setStatus } = useTeamPage();
  const outreachHeading = useRef<HTMLHeadingElement>(null); // focused once a gap's outreach is planned

  const planned = async (kind: GapKind, key: string, label: string) => {
    const title = kind === 'perspective' ? t('team.outreachTitlePerspective', { label }) : t('team.outreachTitleGradeSpan', { label });
    await api.planOutreach(team.id, { gap_kind: kind, gap_key: key, title });
    await reload();
    setStatus(t('team.outreachDone', { label }));
    outreachHeading.current?.focus();
  };

  return (
    <>
      <Representation team={team} labels={labels} manages={manages} planned={planned} />
      <Outreach team={team} labels={labels} headingRef={outreachHeading} reload={reload} />
      <MembersSection team={team} catalogue={catalogue} labels={labels} manages={manages} reload={reload} setStatus={setStatus} />
    </>
  );
}
