import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeasureSummary } from '../../api';
import { formatDate } from '../../format';
import { LCAP_PRIORITIES, parseOptionalNumber, priorityLabel } from '../../plan';
import { planApi, type Goal, type Objective } from '../../planApi';
import { CheckboxGroup, FormAlert, SelectField, SubmitButton, TextField, invalid, useForm } from '../forms';

function ObjectiveItem({ objective }: { objective: Objective }) {
  const { t } = useTranslation();
  const value = (v: number | null, date: string | null) =>
    v === null ? t('plan.objective.unset') : `${v}${objective.unit ? ` ${objective.unit}` : ''}${date ? ` (${formatDate(date)})` : ''}`;
  return (
    <li>
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
    </li>
  );
}

function AddObjective({ teamId, goal, measures, reload }: { teamId: number; goal: Goal; measures: MeasureSummary[]; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const empty = { description: '', measure: '', baseline: '', baselineDate: '', target: '', targetDate: '' };
  const [d, setD] = useState(empty);
  const set = (change: Partial<typeof empty>) => setD((old) => ({ ...old, ...change }));
  const onSubmit = form.submit(async () => {
    const baseline = parseOptionalNumber(d.baseline);
    const target = parseOptionalNumber(d.target);
    const errors: Record<string, string> = {};
    if (!d.description.trim()) errors.description = t('plan.objective.descriptionRequired');
    if (Number.isNaN(baseline)) errors.baseline_value = t('plan.objective.numberInvalid');
    if (Number.isNaN(target)) errors.target_value = t('plan.objective.numberInvalid');
    if (Object.keys(errors).length) throw invalid(t('errors.checkFields'), errors);
    await planApi.createObjective(teamId, goal.id, {
      description: d.description.trim(),
      measure_id: d.measure ? Number(d.measure) : null,
      baseline_value: baseline,
      baseline_date: d.baselineDate || null,
      target_value: target,
      target_date: d.targetDate || null,
    });
    setD(empty);
    await reload();
  });
  const id = `add-objective-${goal.id}`;
  const e = form.errors.fields;
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby={id}>
      <h4 id={id}>{t('plan.objective.add', { goal: goal.title })}</h4>
      <FormAlert message={form.errors.form} />
      <TextField label={t('plan.objective.description')} name="description" value={d.description} onChange={(ev) => set({ description: ev.target.value })} error={e.description} />
      <SelectField label={t('plan.objective.measure')} name="measure_id" value={d.measure} error={e.measure_id}
        options={[{ value: '', label: t('plan.objective.noMeasure') }, ...measures.map((m) => ({ value: String(m.id), label: m.name }))]}
        onChange={(measure) => set({ measure })} />
      <TextField label={t('plan.objective.baseline')} name="baseline_value" optional inputMode="decimal" value={d.baseline} onChange={(ev) => set({ baseline: ev.target.value })} error={e.baseline_value} />
      <TextField label={t('plan.objective.baselineDate')} name="baseline_date" optional type="date" value={d.baselineDate} onChange={(ev) => set({ baselineDate: ev.target.value })} error={e.baseline_date} />
      <TextField label={t('plan.objective.target')} name="target_value" optional inputMode="decimal" value={d.target} onChange={(ev) => set({ target: ev.target.value })} error={e.target_value} />
      <TextField label={t('plan.objective.targetDate')} name="target_date" optional type="date" value={d.targetDate} onChange={(ev) => set({ targetDate: ev.target.value })} error={e.target_date} />
      <SubmitButton busy={form.busy}>{t('plan.objective.submit')}</SubmitButton>
    </form>
  );
}

function AddGoal({ teamId, reload }: { teamId: number; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [priorities, setPriorities] = useState<string[]>([]);
  const onSubmit = form.submit(async () => {
    if (!title.trim()) throw invalid(t('errors.checkFields'), { title: t('plan.goal.titleRequired') });
    await planApi.createGoal(teamId, { title: title.trim(), description: description.trim(), lcap_priorities: priorities.map(Number).sort((a, b) => a - b) });
    setTitle('');
    setDescription('');
    setPriorities([]);
    await reload();
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby="add-goal">
      <h3 id="add-goal">{t('plan.goal.add')}</h3>
      <FormAlert message={form.errors.form} />
      <TextField label={t('plan.goal.titleLabel')} name="title" value={title} onChange={(ev) => setTitle(ev.target.value)} error={form.errors.fields.title} />
      <TextField label={t('plan.goal.description')} name="description" optional value={description} onChange={(ev) => setDescription(ev.target.value)} error={form.errors.fields.description} />
      <CheckboxGroup legend={t('plan.goal.priorities')} hint={t('plan.goal.prioritiesHint')} name="lcap_priorities" value={priorities}
        options={LCAP_PRIORITIES.map((p) => ({ value: String(p), label: priorityLabel(t, p) }))} onChange={setPriorities} error={form.errors.fields.lcap_priorities} />
      <SubmitButton busy={form.busy}>{t('plan.goal.submit')}</SubmitButton>
    </form>
  );
}

/** The plan's goals with their LCAP priority tags and objectives; contributors add goals and objectives. */
export function GoalsSection({ teamId, goals, measures, canEdit, reload }: { teamId: number; goals: Goal[]; measures: MeasureSummary[]; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-goals">
      <h2 id="plan-goals">{t('plan.goal.title')}</h2>
      {goals.length === 0 && <p>{t('plan.goal.none')}</p>}
      {goals.map((goal) => (
        <article key={goal.id} className="plan-goal" aria-labelledby={`goal-${goal.id}`}>
          <h3 id={`goal-${goal.id}`}>{goal.title}</h3>
          {goal.description && <p>{goal.description}</p>}
          {goal.lcap_priorities.length > 0 && (
            <ul className="chips" aria-label={t('plan.goal.priorities')}>
              {goal.lcap_priorities.map((p) => (
                <li key={p} className="chip">{priorityLabel(t, p)}</li>
              ))}
            </ul>
          )}
          <h4>{t('plan.objective.title')}</h4>
          {goal.objectives.length ? <ul className="plan-objectives">{goal.objectives.map((o) => <ObjectiveItem key={o.id} objective={o} />)}</ul> : <p>{t('plan.objective.none')}</p>}
          {canEdit && <AddObjective teamId={teamId} goal={goal} measures={measures} reload={reload} />}
        </article>
      ))}
      {canEdit && <AddGoal teamId={teamId} reload={reload} />}
    </section>
  );
}
