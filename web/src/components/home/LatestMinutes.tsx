import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingGlance } from '../../api';
import { formatDateTime } from '../../format';

/** The minutes of the caller's most recently closed meetings. */
export function LatestMinutes({ meetings }: { meetings: MeetingGlance[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="latest-minutes" className="next-block">
      <h3 id="latest-minutes">{t('home.next.minutes')}</h3>
      <p className="explain">{t('home.next.minutesExplain')}</p>
      {meetings.length ? (
        <ul className="cards next-cards">
          {meetings.map((m) => (
            <li key={m.id}>
              <Link to={`/meetings/${m.id}/minutes`} className="card-title">
                {t('home.next.minutesOf', { title: m.title })}
              </Link>
              <span className="meta">
                {m.team.name} · {t('home.next.closedOn', { date: formatDateTime(m.closed_at) })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('home.next.noMinutes')}</p>
      )}
    </section>
  );
}
