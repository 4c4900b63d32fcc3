import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { formatDate } from '../format';
import { planApi } from '../planApi';
import { layoutTimeline } from '../timeline';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { TimelineChart } from '../components/plan/TimelineChart';

/** The plan's timeline (issue 13, part 2): the SVG drawing, then the same items as a table. */
export default function PlanTimeline() {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const [load] = useLoad(() => Promise.all([planApi.getPlan(teamId), api.getTeam(teamId)]), [teamId]);
  const team = load.state === 'ready' ? load.data[1].name : null;
  usePageTitle(team ? t('plan.timeline.title', { team }) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [plan] = load.data;
  const layout = layoutTimeline(plan.today, plan.milestones, plan.tasks);
  // A task says its status (a blocked task is not just "open"); a milestone is done or open.
  const state = (item: (typeof layout.items)[number]) =>
    item.status ? t(`plan.status.${item.status}`) : item.done ? t('plan.timeline.done') : t('plan.timeline.open');
  return (
    <>
      <p className="no-print"><Link to={`/teams/${teamId}/plan`}>{t('plan.timeline.backToPlan')}</Link></p>
      <h1>{t('plan.timeline.title', { team })}</h1>
      <p className="lead">{t('plan.timeline.intro')}</p>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>{t('plan.timeline.print')}</button>
      </div>
      {layout.items.length === 0 && <p>{t('plan.timeline.empty')}</p>}
      <div className="timeline-scroll" tabIndex={0} role="region" aria-label={t('plan.timeline.chart')}>
        <TimelineChart layout={layout} />
      </div>
      <TableRegion caption={t('plan.timeline.tableCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('plan.timeline.item')}</th>
            <th scope="col">{t('plan.timeline.kind')}</th>
            <th scope="col">{t('plan.timeline.dueOn')}</th>
            <th scope="col">{t('plan.timeline.lane')}</th>
            <th scope="col">{t('plan.timeline.state')}</th>
            <th scope="col">{t('plan.task.dependsOn')}</th>
          </tr>
        </thead>
        <tbody>
          {layout.items.map((item) => (
            <tr key={`${item.kind}-${item.id}`} className={item.overdue ? 'overdue' : undefined}>
              <th scope="row">{item.title}</th>
              <td>{t(`plan.timeline.${item.kind}`)}</td>
              <td>{formatDate(item.date)}</td>
              <td>{item.lane === 'none' ? t('plan.noArea') : t(`plan.area.${item.lane}`)}</td>
              <td>{item.overdue && <span className="badge badge-missing">{t('plan.overdue')}</span>} {state(item)}</td>
              <td>
                {layout.arrows.filter((a) => item.kind === 'task' && a.to === item.id).map((a) => layout.items.find((i) => i.kind === 'task' && i.id === a.from)?.title).join(', ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </>
  );
}
