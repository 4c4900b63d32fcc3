// A member team's minutes as its network sees them (issue 11): read-only, for the network's facilitators and
// coaches, while the team shares its minutes with the network (GET /networks/{id}/minutes/{meeting_id}).
import { useTranslation } from 'react-i18next';
import { MeetingTime } from '../components/MeetingTime';
import { Link, useParams } from 'react-router';
import { request, type Minutes } from '../api';
import { Amendments } from '../components/meeting/Amendments';
import { MinutesBody } from '../components/meeting/MinutesBody';
import { nameOf } from '../components/meeting/minutesNames';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';

const noReload = async () => {};

export default function SharedMinutes() {
  const { t } = useTranslation();
  const params = useParams();
  const networkId = Number(params.id);
  const meetingId = Number(params.meetingId);
  const [load] = useLoad(() => request<Minutes>('GET', `/networks/${networkId}/minutes/${meetingId}`), [networkId, meetingId]);
  usePageTitle(load.state === 'ready' ? t('minutes.title', { title: load.data.title }) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const minutes = load.data;
  return (
    <>
      <p>
        <Link to={`/networks/${networkId}/dashboard`}>{t('sharedMinutes.back')}</Link>
      </p>
      <h1>{t('minutes.title', { title: minutes.title })}</h1>
      <p className="lead">
        {nameOf(minutes.team)} · {minutes.starts_at && <MeetingTime startsAt={minutes.starts_at} timeZone={minutes.time_zone} />}
      </p>
      <MinutesBody minutes={minutes} />
      <Amendments minutes={minutes} canWrite={false} added={noReload} />
    </>
  );
}
