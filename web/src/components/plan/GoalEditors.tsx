import { useTranslation } from 'react-i18next';
import type { MeasureSummary } from '../../api';
import { LCAP_PRIORITIES, parseOptionalNumber, priorityLabel } from '../../plan';
import { planApi, type Goal, type Objective, type ObjectiveInput } from '../../planApi';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { CheckboxGroup, SelectField, TextField } from '../forms';
import { ItemEditor, type Saved } from './ItemEditor';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface GoalDraft {
  title: string;
  description: string;
  priorities: string[];
}
const goalSaved = (goal: Goal): Saved<GoalDraft> => ({
  draft: { title: goal.title, description: goal.description, priorities: goal.lcap_priorities.map(String) },
  version: goal.version,
});

/** The fields of a goal, for adding one and for editing one. */
export function GoalFields({ d, set, e }: { d: GoalDraft; set: (change: Partial<GoalDraft>) => void; e: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('plan.goal.titleLabel')} name="title" value={d.title} onChange={(ev) => set({ title: ev.target.value })} error={e.title} />
      <TextField label={t('plan.goal.description')} name="description" optional value={d.description} onChange={(ev) => set({ description: ev.target.value })} error={e.description} />
      <CheckboxGroup legend={t('plan.goal.priorities')} hint={t('plan.goal.prioritiesHint')} name="lcap_priorities" value={d.priorities}
        options={LCAP_PRIORITIES.map((p) => ({ value: String(p), label: priorityLabel(t, p) }))} onChange={(priorities) => set({ priorities })} error={e.lcap_priorities} />
    </>
  );
}

/** The goal's fields as the API takes them, or the problem with them. */
export function goalInput(t: Translate, d: GoalDraft) {
  checkFields(t('errors.checkFields'), FORM_RULES.planGoal, { title: d.title, description: d.description });
  return { title: d.title.trim(), description: d.description.trim(), lcap_priorities: d.priorities.map(Number).sort((a, b) => a - b) };
}

/** Edits a goal in place: title, description, LCAP priorities. */
export function GoalEditor({ teamId, goal, done }: { teamId: number; goal: Goal; done: (saved: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const which = t('plan.goal.which', { name: goal.title });
  return (
    <ItemEditor<GoalDraft> id={`goal-${goal.id}`} title={t('plan.item.editTitle', { which })} level={4} saved={goalSaved(goal)} done={done}
      fields={(d, set, e) => <GoalFields d={d} set={set} e={e} />}
      save={async (d, version) => { await planApi.updateGoal(teamId, goal.id, { ...goalInput(t, d), version }); }}
      latest={async () => {
        const now = (await planApi.getPlan(teamId)).goals.find((g) => g.id === goal.id);
        return now ? goalSaved(now) : null;
      }}
      show={(d) => (
        <>
          <p>{d.title}</p>
          {d.description && <p>{d.description}</p>}
        </>
      )} />
  );
}

export interface ObjectiveDraft {
  description: string;
  measure: string;
  baseline: string;
  baselineDate: string;
  target: string;
  targetDate: string;
}
export const emptyObjective: ObjectiveDraft = { description: '', measure: '', baseline: '', baselineDate: '', target: '', targetDate: '' };
const text = (value: number | null) => (value === null ? '' : String(value));
const objectiveSaved = (o: Objective): Saved<ObjectiveDraft> => ({
  draft: {
    description: o.description,
    measure: o.measure_id === null ? '' : String(o.measure_id),
    baseline: text(o.baseline_value),
    baselineDate: o.baseline_date ?? '',
    target: text(o.target_value),
    targetDate: o.target_date ?? '',
  },
  version: o.version,
});

/** The objective's fields as the API takes them; throws the problems found before sending. */
export function objectiveInput(t: Translate, d: ObjectiveDraft): ObjectiveInput {
  const baseline = parseOptionalNumber(d.baseline);
  const target = parseOptionalNumber(d.target);
  const errors: Record<string, string> = {};
  if (Number.isNaN(baseline)) errors.baseline_value = t('plan.objective.numberInvalid');
  if (Number.isNaN(target)) errors.target_value = t('plan.objective.numberInvalid');
  checkFields(t('errors.checkFields'), FORM_RULES.planObjective, { description: d.description }, errors);
  return {
    description: d.description.trim(),
    measure_id: d.measure ? Number(d.measure) : null,
    baseline_value: baseline,
    baseline_date: d.baselineDate || null,
    target_value: target,
    target_date: d.targetDate || null,
  };
}

/** The fields of an objective, for adding one and for editing one. */
export function ObjectiveFields({ d, set, e, measures }: { d: ObjectiveDraft; set: (change: Partial<ObjectiveDraft>) => void; e: Record<string, string>; measures: MeasureSummary[] }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('plan.objective.description')} name="description" value={d.description} onChange={(ev) => set({ description: ev.target.value })} error={e.description} />
      <SelectField label={t('plan.objective.measure')} name="measure_id" value={d.measure} error={e.measure_id}
        options={[{ value: '', label: t('plan.objective.noMeasure') }, ...measures.map((m) => ({ value: String(m.id), label: m.name }))]}
        onChange={(measure) => set({ measure })} />
      <TextField label={t('plan.objective.baseline')} name="baseline_value" optional inputMode="decimal" value={d.baseline} onChange={(ev) => set({ baseline: ev.target.value })} error={e.baseline_value} />
      <TextField label={t('plan.objective.baselineDate')} name="baseline_date" optional type="date" value={d.baselineDate} onChange={(ev) => set({ baselineDate: ev.target.value })} error={e.baseline_date} />
      <TextField label={t('plan.objective.target')} name="target_value" optional inputMode="decimal" value={d.target} onChange={(ev) => set({ target: ev.target.value })} error={e.target_value} />
      <TextField label={t('plan.objective.targetDate')} name="target_date" optional type="date" value={d.targetDate} onChange={(ev) => set({ targetDate: ev.target.value })} error={e.target_date} />
    </>
  );
}

/** Edits an objective in place. */
export function ObjectiveEditor({ teamId, objective, measures, done }: { teamId: number; objective: Objective; measures: MeasureSummary[]; done: (saved: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const which = t('plan.objective.which', { name: objective.description });
  return (
    <ItemEditor<ObjectiveDraft> id={`objective-${objective.id}`} title={t('plan.item.editTitle', { which })} level={5} saved={objectiveSaved(objective)} done={done}
      fields={(d, set, e) => <ObjectiveFields d={d} set={set} e={e} measures={measures} />}
      save={async (d, version) => { await planApi.updateObjective(teamId, objective.id, { ...objectiveInput(t, d), version }); }}
      latest={async () => {
        const goal = (await planApi.getPlan(teamId)).goals.find((g) => g.id === objective.goal_id);
        const now = goal?.objectives.find((o) => o.id === objective.id);
        return now ? objectiveSaved(now) : null;
      }}
      show={(d) => (
        <p>
          {d.description}
          {(d.baseline || d.target) && <span className="meta"> {t('plan.objective.fromTo', { baseline: d.baseline || t('plan.objective.unset'), target: d.target || t('plan.objective.unset') })}</span>}
        </p>
      )} />
  );
}
