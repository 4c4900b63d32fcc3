import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus, MeetingDetail } from '../../api';
import { formatDate } from '../../format';
import { ActionItemsTable } from './ActionItemsTable';
import { ActionStatusSelect, type StatusRights } from './ActionStatusSelect';
import { AddActionItem, type Owner } from './AddActionItem';
import { PromoteButton } from '../plan/PromoteButton';
import { rfc3339ToZoned } from '../../meetings';

/** The meeting's date on its own calendar (YYYY-MM-DD); null without a start or in a zone this browser lacks. */
function meetingDate(meeting: MeetingDetail): string | null {
  try {
    return meeting.starts_at ? rfc3339ToZoned(meeting.starts_at, meeting.time_zone).slice(0, 10) || null : null;
  } catch {
    return null;
  }
}

/**
 * The meeting's action items with their status (changed as `canChangeStatus` says: every item, the caller's own, or
 * none) and its comment, and, while the meeting is open, a form to add one for someone who takes part.
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
  canChangeStatus: (item: ActionItem) => StatusRights;
  statusChanged: (item: ActionItem, status: ActionStatus, message: string) => void;
  added: (item: ActionItem) => void;
}) {
  const { t } = useTranslation();
  const owners = members.filter((m) => m.takes_part);
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
                <ActionStatusSelect item={item} rights={canChangeStatus(item)} changed={(status, message) => statusChanged(item, status, message)} />
                {item.status_comment && <span className="status-comment block">{t('live.statusComment', { comment: item.status_comment })}</span>}
                {item.status_changed_by && <span className="meta block">{t('live.changedBy', { name: item.status_changed_by.name })}</span>}
                {!meeting.network && <PromoteButton item={item} teamId={meeting.team.id} canContribute={canChangeStatus(item) === 'all'} />}
              </td>
            </tr>
          ))}
        </ActionItemsTable>
      ) : (
        <p>{t('live.noActions')}</p>
      )}
      {canWrite && <AddActionItem meetingId={meeting.id} meetingDate={meetingDate(meeting)} members={owners.length ? owners : members} added={added} />}
    </section>
  );
}
