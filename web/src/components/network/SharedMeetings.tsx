import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import type { DashboardRow } from '../../networkProgressApi';

/** The meetings of the teams that share their meetings with the network: titles, dates and where each stands, and
 * the minutes of those held when the team shares its minutes too. */
export function SharedMeetings({ networkId, rows }: { networkId: number; rows: DashboardRow[] }) {
  const { t } = useTranslation();
  const sharing = rows.filter((row) => row.meetings !== null);
  return (
    <section aria-labelledby="dashboard-meetings">
      <h2 id="dashboard-meetings">{t('dashboard.meetings')}</h2>
      {sharing.length === 0 && <p>{t('dashboard.noMeetingsShared')}</p>}
      {sharing.map((row) => {
        const meetings = row.meetings ?? [];
        return (
        <section key={row.team.id} aria-labelledby={`shared-meetings-${row.team.id}`}>
          <h3 id={`shared-meetings-${row.team.id}`}>
            {row.team.name} <span className="meta">{row.organization.name}</span>
          </h3>
          {meetings.length === 0 ? (
            <p>{t('dashboard.noMeetings')}</p>
          ) : (
            <ul className="cards">
              {meetings.map((m) => (
                <li key={m.id}>
                  <strong>{m.title}</strong>
                  {m.status === 'closed' && row.shares.includes('minutes') && (
                    <Link to={`/networks/${networkId}/minutes/${m.id}`} aria-label={t('dashboard.minutesOf', { title: m.title })}>
                      {t('dashboard.minutes')}
                    </Link>
                  )}
                  <span className="meta">
                    {m.starts_at ? formatDateTime(m.starts_at) : t('dashboard.noDate')} · {t(`dashboard.status.${m.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        );
      })}
    </section>
  );
}
