import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Member, type Team as TeamData } from '../../api';
import { FormAlert, useProblemText } from '../forms';
import { TableRegion } from '../page';
import { type Labels } from './labels';
import { MemberActions } from './MemberActions';

export function MembersTable({
  team,
  labels,
  manages,
  edit,
  remove,
}: {
  team: TeamData;
  labels: Labels;
  manages: boolean;
  edit: (member: Member) => void;
  remove: (member: Member) => Promise<void>;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const none = t('team.none');

  async function confirmRemove(member: Member) {
    setError(null);
    try {
      await remove(member);
      setConfirming(null);
    } catch (failure) {
      setError(problemText(failure));
    }
  }

  if (!team.members.length) return <p>{t('team.noMembers')}</p>;
  return (
    <>
      <FormAlert message={error} />
      <TableRegion caption={t('team.membersCaption', { count: team.members.length })}>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.role')}</th>
              <th scope="col">{t('team.perspectives')}</th>
              <th scope="col">{t('team.contentAreas')}</th>
              <th scope="col">{t('team.gradeSpans')}</th>
              <th scope="col">{t('team.skills')}</th>
              {manages && <th scope="col">{t('team.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {team.members.map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  {member.name}
                  {member.email && <span className="meta block">{member.email}</span>}
                </th>
                <td>{labels.role(member.role)}</td>
                <td>{member.perspectives.map(labels.perspective).join(', ') || none}</td>
                <td>{member.content_areas.join(', ') || none}</td>
                <td>{member.grade_spans.map(labels.span).join(', ') || none}</td>
                <td>{member.skills.join(', ') || none}</td>
                {manages && (
                  <MemberActions
                    member={member}
                    confirming={confirming === member.id}
                    setConfirming={(on) => setConfirming(on ? member.id : null)}
                    edit={edit}
                    confirmRemove={confirmRemove}
                  />
                )}
              </tr>
            ))}
          </tbody>
      </TableRegion>
    </>
  );
}
