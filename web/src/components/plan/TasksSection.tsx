import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Member } from '../../api';
import { formatDate } from '../../format';
import { dependencyTitles } from '../../plan';
import type { PlanTask } from '../../planApi';
import { TableRegion } from '../page';
import { TaskForm } from './TaskForm';

function TaskRow({ task, tasks, canEdit, edit }: { task: PlanTask; tasks: PlanTask[]; canEdit: boolean; edit: () => void }) {
  const { t } = useTranslation();
  return (
    <tr id={`task-${task.id}`} className={task.overdue ? 'overdue' : undefined}>
      <th scope="row">
        {task.overdue && <span className="badge badge-missing">{t('plan.overdue')}</span>} {task.title}
      </th>
      <td>{task.owner_name || t('plan.task.noOwner')}</td>
      <td>{task.due_on ? formatDate(task.due_on) : '—'}</td>
      <td>{t(`plan.status.${task.status}`)}</td>
      <td>{task.area ? t(`plan.area.${task.area}`) : t('plan.noArea')}</td>
      <td>{dependencyTitles(task, tasks).join(', ') || '—'}</td>
      <td>{task.meeting_id !== null ? <Link to={`/meetings/${task.meeting_id}`}>{task.meeting_title}</Link> : '—'}</td>
      {canEdit && (
        <td className="no-print">
          <button type="button" className="button button-small" onClick={edit}>
            {t('plan.task.editButton')}<span className="visually-hidden"> {task.title}</span>
          </button>
        </td>
      )}
    </tr>
  );
}

/** The plan's tasks as a table; contributors add tasks and edit one at a time. */
export function TasksSection({ teamId, tasks, members, canEdit, reload }: { teamId: number; tasks: PlanTask[]; members: Member[]; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  const editTask = tasks.find((task) => task.id === editing);
  return (
    <section aria-labelledby="plan-tasks">
      <h2 id="plan-tasks">{t('plan.task.title')}</h2>
      {tasks.length ? (
        <TableRegion caption={t('plan.task.caption')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('plan.task.titleLabel')}</th>
              <th scope="col">{t('plan.task.owner')}</th>
              <th scope="col">{t('plan.task.due')}</th>
              <th scope="col">{t('plan.task.status')}</th>
              <th scope="col">{t('plan.task.area')}</th>
              <th scope="col">{t('plan.task.dependsOn')}</th>
              <th scope="col">{t('plan.task.fromMeeting')}</th>
              {canEdit && <th scope="col" className="no-print"><span className="visually-hidden">{t('plan.task.editButton')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <TaskRow key={task.id} task={task} tasks={tasks} canEdit={canEdit} edit={() => setEditing(task.id)} />
            ))}
          </tbody>
        </TableRegion>
      ) : (
        <p>{t('plan.task.none')}</p>
      )}
      {canEdit && editTask && (
        <TaskForm key={`${editTask.id}-${editTask.version}`} teamId={teamId} task={editTask} tasks={tasks} members={members}
          done={async () => { setEditing(null); await reload(); }} />
      )}
      {canEdit && <TaskForm teamId={teamId} tasks={tasks} members={members} done={reload} />}
    </section>
  );
}
