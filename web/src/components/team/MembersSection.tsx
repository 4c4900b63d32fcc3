import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Member, type Perspective, type Team } from '../../api';
import { EditMember } from './EditMember';
import { type Labels } from './labels';
import { MembersTable } from './MembersTable';

/** The team's members: the table, and for those who manage the team, editing and removing one. */
export function MembersSection({
  team,
  catalogue,
  labels,
  manages,
  reload,
  setStatus,
}: {
  team: Team;
  catalogue: Perspective[];
  labels: Labels;
  manages: boolean;
  reload: () => Promise<void>;
  setStatus: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Member | null>(null);
  const membersHeading = useRef<HTMLHeadingElement>(null);

  const startEdit = (member: Member) => {
    setStatus(null);
    setEditing(member);
    requestAnimationFrame(() => document.getElementById('edit-member')?.focus());
  };

  return (
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
  );
}
