import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, TEAM_ROLES, type GapKind, type Member, type TeamRole } from '../api';
import { InviteForm } from '../components/InviteForm';
import { TeamGuides } from '../components/TeamGuides';
import { TeamMeetings } from '../components/TeamMeetings';
import { Status } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { useLabels } from '../components/team/labels';
import { Representation } from '../components/team/Representation';
import { Outreach } from '../components/team/Outreach';
import { AddMember } from '../components/team/AddMember';
import { EditMember } from '../components/team/EditMember';
import { MembersTable } from '../components/team/MembersTable';

export default function Team() {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const [load, reload] = useLoad(
    () => Promise.all([api.getTeam(teamId), api.listPerspectives()]),
    [teamId],
  );
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<Member | null>(null);
  const outreachHeading = useRef<HTMLHeadingElement>(null);
  const membersHeading = useRef<HTMLHeadingElement>(null);
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

  const startEdit = (member: Member) => {
    setStatus(null);
    setEditing(member);
    requestAnimationFrame(() => document.getElementById('edit-member')?.focus());
  };

  return (
    <>
      <h1>{team.name}</h1>
      <p className="lead">
        {t('team.of')} <Link to={`/organizations/${team.organization.id}`}>{team.organization.name}</Link>
        {team.my_role && <> · {t('team.yourRole', { role: labels.role(team.my_role) })}</>}
      </p>
      {team.focus && (
        <p>
          <strong>{t('team.focus')}:</strong> {team.focus}
        </p>
      )}
      <Status message={status} />
      <TeamGuides teamId={team.id} manages={manages} />
      <TeamMeetings teamId={team.id} manages={manages} />
      <Representation team={team} labels={labels} manages={manages} planned={planned} />
      <Outreach team={team} labels={labels} headingRef={outreachHeading} />
      <section aria-labelledby="members">
        <h2 id="members" tabIndex={-1} ref={membersHeading}>
          {t('team.members')}
        </h2>
        <MembersTable
          team={team}
          labels={labels}
          manages={manages}
          edit={startEdit}
          remove={async (member) => {
            await api.removeMember(team.id, member.id);
            if (editing?.id === member.id) setEditing(null);
            await reload();
            setStatus(t('team.removed', { name: member.name }));
            membersHeading.current?.focus();
          }}
        />
        {manages && editing && (
          <EditMember
            key={editing.id}
            teamId={team.id}
            member={editing}
            catalogue={catalogue}
            labels={labels}
            saved={async (name) => {
              setEditing(null);
              await reload();
              setStatus(t('team.saved', { name }));
              membersHeading.current?.focus();
            }}
            cancel={() => {
              setEditing(null);
              membersHeading.current?.focus();
            }}
          />
        )}
      </section>
      {manages && (
        <>
          <AddMember
            teamId={team.id}
            catalogue={catalogue}
            labels={labels}
            added={async (name) => {
              await reload();
              setStatus(t('team.added', { name }));
            }}
          />
          <InviteForm<TeamRole>
            headingId="invite-team"
            heading={t('team.invite')}
            roles={TEAM_ROLES.map((value) => ({ value, label: labels.role(value) }))}
            initialRole="member"
            send={(email, role) => api.inviteToTeam(team.id, email, role)}
          />
        </>
      )}
    </>
  );
}
