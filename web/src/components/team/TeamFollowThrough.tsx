import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, type ActionItem, type FollowThrough, type FollowThroughFigure } from '../../api';
import { formatDate, formatNumber, formatPercent } from '../../format';
import { InlineFailure, Loading, useLoad } from '../page';
import { teamTabPath } from './TeamTabs';

const FIGURES: FollowThroughFigure[] = ['open', 'overdue', 'blocked', 'done_on_time', 'done_late', 'dropped', 'carried_over'];

type CountWord = 'countOpen' | 'countOverdue' | 'countLate' | 'countDone' | 'countClosed';

/** "1 open" / "1 abierta", "3 abiertas": each count of a figure agrees with its own number (a sentence holding two
 * counts cannot, as i18next plurals by one count). */
export function countWord(t: TFunction, word: CountWord, count: number): string {
  return t(`meetings.${word}`, { count, value: formatNumber(count) });
}

/** "3 open, 1 overdue" under `key` ("{{open}}, {{overdue}}"), each count agreeing with its own number. */
export function openAndOverdue(t: TFunction, key: 'meetings.openValue' | 'teamTabs.planTasksValue', open: number, overdue: number): string {
  return t(key, { open: countWord(t, 'countOpen', open), overdue: countWord(t, 'countOverdue', overdue) });
}

export function figurePath(teamId: number, figure: FollowThroughFigure): string {
  return `${teamTabPath(teamId, 'follow-through')}?figure=${figure}#follow-through-items`;
}

/** The team's action items, owner and due date shown, overdue ones marked; read only (each links to its meeting). */
export function ActionItemList({ items, today }: { items: ActionItem[]; today: string }) {
  const { t } = useTranslation();
  return (
    <ul className="cards my-items">
      {items.map((item) => {
        const overdue = item.overdue ?? (item.status !== 'done' && item.status !== 'dropped' && item.due < today);
        return (
          <li key={item.id} className={overdue ? 'overdue' : undefined}>
            <strong>
              {overdue && <span className="badge badge-missing">{t('myWork.overdue')}</span>} {item.title}
            </strong>
            <span className="meta">
              {t('myWork.due', { date: formatDate(item.due) })} · {item.owner ? item.owner.name : t('teamTabs.noOwner')} ·{' '}
              {t(`teamTabs.status.${item.status}`)} · <Link to={`/meetings/${item.meeting.id}`}>{item.meeting.title}</Link>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The figures beside the item counts: share done on time, median lateness, outreach and plan tasks (linked). */
function MoreFigures({ teamId, figures }: { teamId: number; figures: FollowThrough }) {
  const { t } = useTranslation();
  const dueSoFar = figures.done + figures.overdue;
  return (
    <>
            <div>
              <dt>{t('teamTabs.shareOnTime')}</dt>
              <dd>
                {dueSoFar
                  ? t('meetings.doneOnTimeValue', {
                      done: formatNumber(figures.done_on_time),
                      count: dueSoFar,
                      share: formatPercent(figures.done_on_time, dueSoFar),
                    })
                  : t('meetings.nothingDue')}
              </dd>
            </div>
            <div>
              <dt>{t('meetings.medianLate')}</dt>
              <dd>
                {figures.median_days_late === null
                  ? t('meetings.nothingDue')
                  : t('meetings.days', { count: figures.median_days_late, value: formatNumber(figures.median_days_late) })}
              </dd>
            </div>
            <div>
              <dt>{t('meetings.outreachItems')}</dt>
              <dd>
                <Link to={`${teamTabPath(teamId, 'members')}#outreach`}>
                  {t('meetings.outreachValue', {
                    open: countWord(t, 'countOpen', figures.outreach.open),
                    overdue: countWord(t, 'countLate', figures.outreach.overdue),
                    done: countWord(t, 'countDone', figures.outreach.done),
                    closed: countWord(t, 'countClosed', figures.outreach.closed),
                  })}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t('teamTabs.planTasks')}</dt>
              <dd>
                <Link to={`/teams/${teamId}/plan`}>
                  {openAndOverdue(t, 'teamTabs.planTasksValue', figures.plan_tasks.open, figures.plan_tasks.overdue)}
                </Link>
              </dd>
            </div>
    </>
  );
}

/** The follow-through tab: each figure links to the list of the items it counts (the same rules on the server). */
export function TeamFollowThrough({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asked = params.get('figure') as FollowThroughFigure | null;
  const figure: FollowThroughFigure = asked && (FIGURES as string[]).concat('total', 'done').includes(asked) ? asked : 'open';
  const [figures] = useLoad(() => api.followThrough(teamId), [teamId]);
  const [items] = useLoad(() => api.teamActionItems(teamId, figure), [teamId, figure]);
  const value = (f: FollowThroughFigure): number => {
    if (figures.state !== 'ready') return 0;
    const d = figures.data;
    return f === 'carried_over' ? d.items_carried_over : f === 'total' ? d.total : d[f];
  };
  return (
    <section aria-labelledby="follow-through">
      <h2 id="follow-through">{t('meetings.followThrough')}</h2>
      {figures.state === 'loading' && <Loading />}
      {figures.state === 'failed' && <InlineFailure error={figures.error} />}
      {figures.state === 'ready' && (
        <dl className="facts team-figures" aria-labelledby="follow-through">
            {FIGURES.map((f) => (
              <div key={f}>
                <dt>{t(`teamTabs.figure.${f}`)}</dt>
                <dd>
                  <Link to={figurePath(teamId, f)} aria-current={f === figure ? 'true' : undefined} aria-label={t('teamTabs.figureLink', { count: value(f), figure: t(`teamTabs.figure.${f}`) })}>
                    {formatNumber(value(f))}
                  </Link>
                </dd>
              </div>
            ))}
            <MoreFigures teamId={teamId} figures={figures.data} />
          </dl>
      )}
      <h3 id="follow-through-items" tabIndex={-1}>
        {t('teamTabs.itemsOf', { figure: t(`teamTabs.figure.${figure}`) })}
      </h3>
      {items.state === 'loading' && <Loading />}
      {items.state === 'failed' && <InlineFailure error={items.error} />}
      {items.state === 'ready' &&
        (items.data.action_items.length ? <ActionItemList items={items.data.action_items} today={items.data.today} /> : <p>{t('teamTabs.noItems')}</p>)}
    </section>
  );
}
