import { useTranslation } from 'react-i18next';
import { MeetingTime } from '../components/MeetingTime';
import { useLocation, useParams } from 'react-router';
import { api, type Minutes as MinutesData } from '../api';
import { Status } from '../components/forms';
import { Amendments } from '../components/meeting/Amendments';
import { EditDecision } from '../components/meeting/EditDecision';
import { MinutesActions } from '../components/meeting/MinutesActions';
import { MinutesBody } from '../components/meeting/MinutesBody';
import { nameOf } from '../components/meeting/minutesNames';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';

function MinutesView({ minutes, canWrite, reload }: { minutes: MinutesData; canWrite: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const location = useLocation();
  const flash = (location.state as { message?: string } | null)?.message ?? null;
  return (
    <>
      <h1>{t('minutes.title', { title: minutes.title })}</h1>
      <p className="lead">
        {nameOf(minutes.team)} · {minutes.starts_at && <MeetingTime startsAt={minutes.starts_at} timeZone={minutes.time_zone} />}
      </p>
      <Status message={flash} />
      <MinutesActions meetingId={minutes.meeting_id} />
      <MinutesBody
        minutes={minutes}
        decision={canWrite ? (text, index) => <EditDecision key={`${index}-${text}`} meetingId={minutes.meeting_id} text={text} index={index} saved={reload} /> : undefined}
      />
      <Amendments minutes={minutes} canWrite={canWrite} added={reload} />
    </>
  );
}

export default function Minutes() {
  const { t } = useTranslation();
  const meetingId = Number(useParams().id);
  const [load, reload] = useLoad(async () => {
    const [minutes, meeting] = await Promise.all([api.getMinutes(meetingId), api.getMeeting(meetingId)]);
    return { minutes, canWrite: meeting.may.contribute };
  }, [meetingId]);
  usePageTitle(load.state === 'ready' ? t('minutes.title', { title: load.data.minutes.title }) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  return <MinutesView minutes={load.data.minutes} canWrite={load.data.canWrite} reload={reload} />;
}
