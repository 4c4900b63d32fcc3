import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDueDate } from '../../format';
import type { MyPlanTask } from '../../planApi';

/** My work's plan tasks: the open tasks I own in my teams' plans, soonest due first. */
export function MyPlanTasks({ tasks }: { tasks: MyPlanTask[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-plan-tasks">
      <h2 id="my-plan-tasks">{t('myWork.planTasks')}</h2>
      {tasks.length ? (
        <ul className="cards my-items">
          {tasks.map((task) => (
            <li key={task.id} className={task.overdue ? 'overdue' : undefined}>
              <strong>
                {task.overdue && <span className="badge badge-missing">{t('myWork.overdue')}</span>} {task.title}
              </strong>
              <span className="meta">
                {task.due_on ? t('myWork.due', { date: formatDueDate(task.due_on) }) : t('myWork.noDue')} · {t(`plan.status.${task.status}`)} ·{' '}
                <Link to={`/teams/${task.team_id}/plan`}>{t('myWork.teamPlan', { team: task.team_name })}</Link>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('myWork.noPlanTasks')}</p>
      )}
    </section>
  );
}
