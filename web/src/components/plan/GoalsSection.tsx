import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeasureSummary } from '../../api';
import { formatDate } from '../../format';
import { priorityLabel } from '../../plan';
import { planApi, type Goal, type Objective } from '../../planApi';
import { FormAlert, Status, SubmitButton, useForm } from '../forms';
import { GoalEditor, GoalFields, ObjectiveEditor, ObjectiveFields, emptyObjective, goalInput, objectiveInput, type GoalDraft, type ObjectiveDraft } from './GoalEditors';
import { ItemActions, usePlanItems, type PlanItems } from './ItemActions';

function ObjectiveItem({ objective }: { objective: Objective }) {
  const { t } = useTranslation();
  const value = (v: number | null, date: string | null) =>
    v === null ? t('plan.objective.unset') : `${v}${objective.unit ? ` ${objective.unit}` : ''}${date ? ` (${formatDate(date)})` : ''}`;
  return (
    <>
      <span>{objective.description}</span>
      {objective.measure_id !== null && (
        <span className="meta">
          {t('plan.objective.measure')} <Link to={`/measures/${objective.measure_id}`}>{objective.measure_name}</Link>
        </span>
      )}
      <span className="meta">
        {t('plan.objective.fromTo', { baseline: value(objective.baseline_value, objective.baseline_date), target: value(objective.target_value, objective.target_date) })}
        {' · '}
        {t(`measures.direction.${objective.direction}`)}
      </span>
    </>
  );
}

function AddObjective({ teamId, goal, measures, reload }: { teamId: number; goal: Goal; measures: MeasureSummary[]; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [d, setD] = useState(emptyObjective);
  const set = (change: Partial<ObjectiveDraft>) => setD((old) => ({ ...old, ...change }));
  const onSubmit = form.submit(async () => {
    await planApi.createObjective(teamId, goal.id, objectiveInput(t, d));
    setD(emptyObjective);
    await reload();
  });
  const id = `add-objective-${goal.id}`;
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby={id}>
      <h4 id={id}>{t('plan.objective.add', { goal: goal.title })}</h4>
      <FormAlert message={form.errors.form} />
      <ObjectiveFields d={d} set={set} e={form.errors.fields} measures={measures} />
      <SubmitButton busy={form.busy}>{t('plan.objective.submit')}</SubmitButton>
    </form>
  );
}

const emptyGoal: GoalDraft = { title: '', description: '', priorities: [] };

function AddGoal({ teamId, reload }: { teamId: number; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [d, setD] = useState(emptyGoal);
  const onSubmit = form.submit(async () => {
    await planApi.createGoal(teamId, goalInput(t, d));
    setD(emptyGoal);
    await reload();
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby="add-goal">
      <h3 id="add-goal">{t('plan.goal.add')}</h3>
      <FormAlert message={form.errors.form} />
      <GoalFields d={d} set={(change) => setD((old) => ({ ...old, ...change }))} e={form.errors.fields} />
      <SubmitButton busy={form.busy}>{t('plan.goal.submit')}</SubmitButton>
    </form>
  );
}

interface Editing {
  teamId: number;
  measures: MeasureSummary[];
  canEdit: boolean;
  reload: () => Promise<void>;
  goalItems: PlanItems;
  objectiveItems: PlanItems;
}

function Objectives({ goal, x }: { goal: Goal; x: Editing }) {
  const { t } = useTranslation();
  const items = x.objectiveItems;
  if (!goal.objectives.length) return <p>{t('plan.objective.none')}</p>;
  return (
    <ul className="plan-objectives">
      {goal.objectives.map((o) => (
        <li key={o.id}>
          {x.canEdit && items.editing === o.id ? (
            <ObjectiveEditor key={o.version} teamId={x.teamId} objective={o} measures={x.measures} done={(saved) => items.finish(o.id, saved ? o.description : null)} />
          ) : (
            <ObjectiveItem objective={o} />
          )}
          {x.canEdit && <ItemActions items={items} id={o.id} name={o.description} onDelete={() => planApi.deleteObjective(x.teamId, o.id)} />}
        </li>
      ))}
    </ul>
  );
}

function GoalArticle({ goal, x }: { goal: Goal; x: Editing }) {
  const { t } = useTranslation();
  const items = x.goalItems;
  return (
    <article className="plan-goal" aria-labelledby={`goal-${goal.id}`}>
      <h3 id={`goal-${goal.id}`}>{goal.title}</h3>
      {x.canEdit && items.editing === goal.id ? (
        <GoalEditor key={goal.version} teamId={x.teamId} goal={goal} done={(saved) => items.finish(goal.id, saved ? goal.title : null)} />
      ) : (
        <>
          {goal.description && <p>{goal.description}</p>}
          {goal.lcap_priorities.length > 0 && (
            <ul className="chips" aria-label={t('plan.goal.priorities')}>
              {goal.lcap_priorities.map((p) => (
                <li key={p} className="chip">{priorityLabel(t, p)}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {x.canEdit && <ItemActions items={items} id={goal.id} name={goal.title} onDelete={() => planApi.deleteGoal(x.teamId, goal.id)} />}
      <h4>{t('plan.objective.title')}</h4>
      <Objectives goal={goal} x={x} />
      {x.canEdit && <AddObjective teamId={x.teamId} goal={goal} measures={x.measures} reload={x.reload} />}
    </article>
  );
}

/** The plan's goals with their LCAP priority tags and objectives; contributors add, edit and delete goals and objectives. */
export function GoalsSection({ teamId, goals, measures, canEdit, reload }: { teamId: number; goals: Goal[]; measures: MeasureSummary[]; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const status = useState<string | null>(null);
  const goalItems = usePlanItems('goal', 'plan-goals', reload, status);
  const objectiveItems = usePlanItems('objective', 'plan-goals', reload, status);
  const x: Editing = { teamId, measures, canEdit, reload, goalItems, objectiveItems };
  return (
    <section aria-labelledby="plan-goals">
      <h2 id="plan-goals" tabIndex={-1}>{t('plan.goal.title')}</h2>
      <Status message={status[0]} />
      {goals.length === 0 && <p>{t('plan.goal.none')}</p>}
      {goals.map((goal) => <GoalArticle key={goal.id} goal={goal} x={x} />)}
      {canEdit && <AddGoal teamId={teamId} reload={reload} />}
    </section>
  );
}
