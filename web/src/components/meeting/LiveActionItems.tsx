import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus, MeetingDetail } from '../../api';
import { formatDate } from '../../format';
import { ActionItemsTable } from './ActionItemsTable';
import { ActionStatusSelect } from './ActionStatusSelect';
import { AddActionItem, type Owner } from './AddActionItem';
import { PromoteButton } from '../plan/PromoteButton';

/**
 * The meeting's action items with their status (changed by whoever `canChangeStatus`) and, while the meeting is
 * open, a form to add one for a contributor (any member when the team has none).
 */
export function LiveActionItems({
  meeting,
  members,
  canWrite,
  canChangeStatus,
  statusChanged,
  added,
}: {
  meeting: MeetingDetail;
  members: Owner[];
  canWrite: boolean;
  canChangeStatus: boolean;
  statusChanged: (item: ActionItem, status: ActionStatus, message: string) => void;
  added: (item: ActionItem) => void;
}) {
  const { t } = useTranslation();
  const contributors = members.filter((m) => m.contributes);
  return (
    <section aria-labelledby="actions">
      <h2 id="actions">{t('live.actionItems')}</h2>
      {meeting.action_items.length ? (
        <ActionItemsTable bodyClassName="action-items">
          {meeting.action_items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.title}</th>
              <td>{item.owner?.name ?? '—'}</td>
              <td>{formatDate(item.due)}</td>
              <td>
                <ActionStatusSelect item={item} canWrite={canChangeStatus} changed={(status, message) => statusChanged(item, status, message)} />
                {item.status_changed_by && <span className="meta block">{t('live.changedBy', { name: item.status_changed_by.name })}</span>}
                {!meeting.network && <PromoteButton item={item} teamId={meeting.team.id} canContribute={canChangeStatus} />}
              </td>
            </tr>
          ))}
        </ActionItemsTable>
      ) : (
        <p>{t('live.noActions')}</p>
      )}
      {canWrite && <AddActionItem meetingId={meeting.id} members={contributors.length ? contributors : members} added={added} />}
    </section>
  );
}
