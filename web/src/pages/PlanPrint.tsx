import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { formatDate } from '../format';
import { dependencyTitles, priorityLabel } from '../plan';
import { planApi, type PlanTask } from '../planApi';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';

function PrintTasks({ tasks }: { tasks: PlanTask[] }) {
  const { t } = useTranslation();
  const area = (key: string | null) => (key ? t(`plan.area.${key}`) : t('plan.noArea'));
  if (!tasks.length) return <p>{t('plan.task.none')}</p>;
  return (
        <TableRegion caption={t('plan.task.caption')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('plan.task.titleLabel')}</th>
              <th scope="col">{t('plan.task.owner')}</th>
              <th scope="col">{t('plan.task.due')}</th>
              <th scope="col">{t('plan.task.status')}</th>
              <th scope="col">{t('plan.task.area')}</th>
              <th scope="col">{t('plan.task.dependsOn')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id}>
                <th scope="row">{task.overdue && `${t('plan.overdue')}: `}{task.title}</th>
                <td>{task.owner_name || t('plan.task.noOwner')}</td>
                <td>{task.due_on ? formatDate(task.due_on) : '—'}</td>
                <td>{t(`plan.status.${task.status}`)}</td>
                <td>{area(task.area)}</td>
                <td>{dependencyTitles(task, tasks).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
  );
}

/** The whole plan as one document to print (issue 13, part 5): no forms; the site's chrome is hidden in print. */
export default function PlanPrint() {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const [load] = useLoad(() => Promise.all([planApi.getPlan(teamId), api.getTeam(teamId)]), [teamId]);
  const team = load.state === 'ready' ? load.data[1].name : null;
  usePageTitle(team ? t('plan.print.title', { team }) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [plan] = load.data;
  const area = (key: string | null) => (key ? t(`plan.area.${key}`) : t('plan.noArea'));
  return (
    <article className="plan-print">
      <div className="actions no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>{t('plan.print.print')}</button>
        <Link className="button" to={`/teams/${teamId}/plan`}>{t('plan.timeline.backToPlan')}</Link>
      </div>
      <h1>{t('plan.print.title', { team })}</h1>
      <p className="meta">{t('plan.print.printedOn', { date: formatDate(plan.today) })}</p>
      <h2>{t('plan.vision.title')}</h2>
      <p>{plan.vision?.text ?? t('plan.vision.none')}</p>
      <h2>{t('plan.goal.title')}</h2>
      {plan.goals.length === 0 && <p>{t('plan.goal.none')}</p>}
      {plan.goals.map((goal) => (
        <section key={goal.id} aria-labelledby={`print-goal-${goal.id}`}>
          <h3 id={`print-goal-${goal.id}`}>{goal.title}</h3>
          {goal.description && <p>{goal.description}</p>}
          {goal.lcap_priorities.length > 0 && <p>{t('plan.goal.priorities')}: {goal.lcap_priorities.map((p) => priorityLabel(t, p)).join('; ')}</p>}
          <ul>
            {goal.objectives.map((o) => (
              <li key={o.id}>
                {o.description}
                {o.measure_name && ` (${o.measure_name})`}
                {' — '}
                {t('plan.objective.fromTo', {
                  baseline: o.baseline_value === null ? t('plan.objective.unset') : `${o.baseline_value} ${o.unit}`.trim(),
                  target: o.target_value === null ? t('plan.objective.unset') : `${o.target_value} ${o.unit}`.trim() + (o.target_date ? ` (${formatDate(o.target_date)})` : ''),
                })}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{t('plan.activity.title')}</h2>
      {plan.areas.map((a) => (
        <section key={a.key} aria-labelledby={`print-area-${a.key}`}>
          <h3 id={`print-area-${a.key}`}>{area(a.key)}</h3>
          {a.activities.length ? <ul>{a.activities.map((x) => <li key={x.id}>{x.description}</li>)}</ul> : <p>{t('plan.activity.none')}</p>}
        </section>
      ))}
      <h2>{t('plan.milestone.title')}</h2>
      {plan.milestones.length ? (
        <ul>{plan.milestones.map((m) => <li key={m.id}>{m.title} — {formatDate(m.due_on)} · {area(m.area)}{m.overdue && ` · ${t('plan.overdue')}`}</li>)}</ul>
      ) : <p>{t('plan.milestone.none')}</p>}
      <h2>{t('plan.task.title')}</h2>
      <PrintTasks tasks={plan.tasks} />
      <h2>{t('plan.barrier.title')}</h2>
      {plan.barriers.length ? (
        <dl>{plan.barriers.map((b) => <div key={b.id}><dt>{b.description}</dt><dd>{b.response || t('plan.barrier.noResponse')}</dd></div>)}</dl>
      ) : <p>{t('plan.barrier.none')}</p>}
    </article>
  );
}
