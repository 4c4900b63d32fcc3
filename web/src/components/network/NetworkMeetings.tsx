import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { invitationLabel, networkMeetingsApi } from '../../networkMeetingsApi';
import { MeetingTime } from '../MeetingTime';
import { InlineFailure, Loading, useLoad } from '../page';

/**
 * The network's meetings the reader may open (the facilitator's admins: all; others: those inviting them), each
 * with its time, status and whom it invites, linking to the meeting page; a link to plan one for those who may.
 */
export function NetworkMeetings({ networkId }: { networkId: number }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => networkMeetingsApi.list(networkId), [networkId]);
  return (
    <section aria-labelledby="network-meetings">
      <h2 id="network-meetings">{t('networkMeetings.title')}</h2>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' && (
        <>
          {load.data.meetings.length ? (
            <ul className="cards meeting-list">
              {load.data.meetings.map((m) => (
                <li key={m.id}>
                  <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                  <span className="meta">
                    {t(`meeting.status.${m.status}`)} · <MeetingTime startsAt={m.starts_at} timeZone={m.time_zone} />
                  </span>
                  <span>{t('networkMeetings.invites', { names: m.invitations.map(invitationLabel).join(', ') || t('networkMeetings.nobody') })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('networkMeetings.none')}</p>
          )}
          {load.data.may.plan && (
            <p>
              <Link className="button" to={`/networks/${networkId}/meetings/new`}>
                {t('networkMeetings.plan')}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
