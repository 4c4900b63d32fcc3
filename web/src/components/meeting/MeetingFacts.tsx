import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../api';
import type { LiveMode } from '../../live';
import { MeetingTime } from '../MeetingTime';

/** When, how long, how and where the meeting is, and how its page keeps up while it is not over. */
export function MeetingFacts({ meeting, mode }: { meeting: MeetingDetail; mode: LiveMode }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t('meeting.when')}</dt>
        <dd>
          <MeetingTime startsAt={meeting.starts_at} timeZone={meeting.time_zone} />
        </dd>
      </div>
      <div>
        <dt>{t('planner.duration')}</dt>
        <dd>{meeting.duration_minutes ? t('meeting.minutes', { count: meeting.duration_minutes }) : '—'}</dd>
      </div>
      <div>
        <dt>{t('planner.mode')}</dt>
        <dd>{meeting.mode ? t(`meeting.mode.${meeting.mode}`) : '—'}</dd>
      </div>
      <div>
        <dt>{t('meeting.where')}</dt>
        <dd>{meeting.location || '—'}</dd>
      </div>
      {meeting.status !== 'closed' && meeting.status !== 'cancelled' && (
        <div>
          <dt>{t('live.updates')}</dt>
          <dd data-live-mode={mode}>{t(`live.mode.${mode}`)}</dd>
        </div>
      )}
    </dl>
  );
}
