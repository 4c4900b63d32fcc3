import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDetail } from '../../api';

/** Where to go from the meeting: its calendar invitation, its minutes once closed, its plan while it may change. */
export function MeetingLinks({ meeting, canEditPlan }: { meeting: MeetingDetail; canEditPlan: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="link-list">
      {meeting.status !== 'draft' && (
        <li>
          <a href={`/api/v1/meetings/${meeting.id}/invite.ics`} download>
            {t('meeting.invite')}
          </a>
        </li>
      )}
      {meeting.status === 'closed' && (
        <li>
          <Link to={`/meetings/${meeting.id}/minutes`}>{t('meeting.minutesOf', { title: meeting.title })}</Link>
        </li>
      )}
      {canEditPlan && (
        <li>
          <Link to={`/meetings/${meeting.id}/edit`}>{t('meeting.editPlan')}</Link>
        </li>
      )}
    </ul>
  );
}
