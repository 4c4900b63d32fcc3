import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import { formatNumber } from '../../format';
import { InlineFailure, useLoad } from '../page';
import { ActionItemList, figurePath } from '../team/TeamFollowThrough';

/** My work: for each team the caller may manage (the server decides which), its open items whoever owns them. The
 * figures are the team's follow-through figures (same rules) and link to the team's list. Nothing when none. */
export function MyTeamsOpenItems() {
  const { t } = useTranslation();
  const [load] = useLoad(() => api.myTeamsActionItems(), []);
  if (load.state === 'loading') return null;
  if (load.state === 'failed') return <InlineFailure error={load.error} />;
  if (!load.data.teams.length) return null;
  return (
    <section aria-labelledby="my-teams-items">
      <h2 id="my-teams-items">{t('myWork.teamsItems')}</h2>
      <p>{t('myWork.teamsItemsIntro')}</p>
      {load.data.teams.map((entry) => (
        <section key={entry.team.id} aria-labelledby={`team-items-${entry.team.id}`}>
          <h3 id={`team-items-${entry.team.id}`}>{entry.team.name}</h3>
          <p className="team-figures">
            <Link to={figurePath(entry.team.id, 'open')}>{t('myWork.teamOpen', { count: entry.open, value: formatNumber(entry.open) })}</Link>
            {' · '}
            <Link to={figurePath(entry.team.id, 'overdue')}>{t('myWork.teamOverdue', { count: entry.overdue, value: formatNumber(entry.overdue) })}</Link>
          </p>
          {entry.action_items.length ? <ActionItemList items={entry.action_items} today={load.data.today} /> : <p>{t('teamTabs.noItems')}</p>}
        </section>
      ))}
    </section>
  );
}
