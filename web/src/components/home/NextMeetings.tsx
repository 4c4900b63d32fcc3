import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingGlance } from '../../api';
import { MeetingTime } from '../MeetingTime';

/** A place is shown as a link when it is one (a video call), so one tap joins. */
function Where({ location }: { location: string }) {
  const { t } = useTranslation();
  if (!location) return null;
  if (/^https?:\/\/\S+$/.test(location)) {
    return (
      <a href={location} rel="noopener noreferrer">
        {t('home.next.joinOnline')}
      </a>
    );
  }
  return <>{location}</>;
}

/** The caller's next meetings: when (in the meeting's own zone, and on the reader's clock when that differs),
 * where, and a calendar file to add it with. */
export function NextMeetings({ meetings }: { meetings: MeetingGlance[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="next-meetings" className="next-block">
      <h3 id="next-meetings">{t('home.next.meetings')}</h3>
      <p className="explain">{t('home.next.meetingsExplain')}</p>
      {meetings.length ? (
        <ul className="cards next-cards">
          {meetings.map((m) => {
            return (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`} className="card-title">
                  {m.title}
                </Link>
                <span className="meta">{m.team.name}</span>
                <p className="when">
                  <MeetingTime startsAt={m.starts_at} timeZone={m.time_zone} />
                </p>
                {(m.location || m.mode) && (
                  <p>
                    {m.mode && <span>{t(`meeting.mode.${m.mode}`)}</span>}
                    {m.mode && m.location && ' · '}
                    <Where location={m.location} />
                  </p>
                )}
                <a className="button button-small touch" href={m.calendar_file} download={`meeting-${m.id}.ics`}>
                  {t('home.next.addToCalendar')}
                  <span className="visually-hidden"> {m.title}</span>
                </a>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('home.next.noMeetings')}</p>
      )}
    </section>
  );
}
