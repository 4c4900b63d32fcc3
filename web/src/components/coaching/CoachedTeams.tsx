// A mentor coach's peer teams on the home page (issue 11): when the coach last worked with each team and what
// changed since. Shown only to whoever coaches a team; the figures of a team's own work only when it shares its
// progress with the network (the server sends `changes: null` otherwise).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../api';
import type { components } from '../../generated/openapi';
import { formatDate } from '../../format';
import { useLoad } from '../page';

type CoachedTeam = components['schemas']['CoachedTeam'];

function Changes({ team }: { team: CoachedTeam }) {
  const { t } = useTranslation();
  const c = team.changes;
  const steps = team.next_steps;
  return (
    <ul className="coached-changes">
      {c ? (
        <>
          <li>{t('coachHome.meetingsHeld', { count: c.meetings_held })}</li>
          <li>{t('coachHome.itemsAddedDone', { added: c.action_items_added, done: c.action_items_done })}</li>
          <li>{t('coachHome.sectionsCompleted', { count: c.sections_completed })}</li>
          <li>{t('coachHome.overdue', { count: c.open_overdue })}</li>
        </>
      ) : (
        <li>{t('coachHome.notShared')}</li>
      )}
      <li>{t('coachHome.nextSteps', { accepted: steps.accepted, declined: steps.declined, waiting: steps.waiting })}</li>
    </ul>
  );
}

function TeamCard({ team }: { team: CoachedTeam }) {
  const { t } = useTranslation();
  const last = team.last_engagement;
  return (
    <li>
      <h3>
        {team.team.name} <span className="meta">· {team.organization.name}</span>
      </h3>
      <p className="meta">
        {last
          ? t('coachHome.lastEngagement', { date: formatDate(last.date), kind: t(`agreements.kind.${last.kind}`) })
          : t('coachHome.noEngagement', { date: formatDate(team.since) })}
      </p>
      <p>{t('coachHome.since', { date: formatDate(team.since) })}</p>
      <Changes team={team} />
      <p>
        <Link to={`/agreements/${team.agreement.id}`}>{team.agreement.title}</Link>
        {' · '}
        <Link to={`/networks/${team.network_id}/dashboard`}>{t('coachHome.dashboard')}</Link>
      </p>
    </li>
  );
}

export function CoachedTeams() {
  const { t } = useTranslation();
  const [load] = useLoad(() => request<{ teams: CoachedTeam[] }>('GET', '/me/coached-teams'), []);
  if (load.state !== 'ready' || load.data.teams.length === 0) return null;
  return (
    <section aria-labelledby="coached-teams">
      <h2 id="coached-teams">{t('coachHome.title')}</h2>
      <p className="hint">{t('coachHome.hint')}</p>
      <ul className="cards coached-teams">
        {load.data.teams.map((team) => (
          <TeamCard key={team.team.id} team={team} />
        ))}
      </ul>
    </section>
  );
}
