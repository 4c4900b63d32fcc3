import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../api';
import { emptyTaskDraft, draftOf, taskInput, type TaskDraft } from '../../plan';
import { PLAN_AREAS, TASK_STATUSES, planApi, type PlanTask, type TaskStatus } from '../../planApi';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { CheckboxGroup, FormAlert, SelectField, SubmitButton, TextAreaField, TextField, useForm } from '../forms';

/** Adds a task, or edits one (with the version last read): owner, status, area and what it depends on. */
export function TaskForm({ teamId, task, tasks, members, done }: { teamId: number; task?: PlanTask; tasks: PlanTask[]; members: Member[]; done: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [draft, setDraft] = useState<TaskDraft>(task ? draftOf(task) : emptyTaskDraft);
  const set = (change: Partial<TaskDraft>) => setDraft((d) => ({ ...d, ...change }));
  const onSubmit = form.submit(async () => {
    const checked = taskInput(t, draft);
    checkFields(t('errors.checkFields'), FORM_RULES.planTask, { title: draft.title, notes: draft.notes }, 'errors' in checked ? checked.errors : {});
    if ('errors' in checked) return; // (checkFields threw already)
    if (task) await planApi.updateTask(teamId, task.id, { ...checked.input, version: task.version });
    else await planApi.createTask(teamId, checked.input);
    if (!task) setDraft(emptyTaskDraft);
    await done();
  });
  const e = form.errors.fields;
  const id = task ? `edit-task-${task.id}` : 'add-task';
  const others = tasks.filter((other) => other.id !== task?.id);
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby={id}>
      <h3 id={id}>{task ? t('plan.task.edit', { title: task.title }) : t('plan.task.add')}</h3>
      <FormAlert message={form.errors.form} />
      <TextField label={t('plan.task.titleLabel')} name="title" value={draft.title} onChange={(ev) => set({ title: ev.target.value })} error={e.title} />
      <TextAreaField label={t('plan.task.notes')} name="notes" optional value={draft.notes} onChange={(notes) => set({ notes })} error={e.notes} />
      <SelectField label={t('plan.task.owner')} name="owner_member_id" value={draft.owner} error={e.owner_member_id}
        options={[{ value: '', label: t('plan.task.noOwner') }, ...members.map((m) => ({ value: String(m.id), label: m.name }))]}
        onChange={(owner) => set({ owner })} />
      <TextField label={t('plan.task.due')} name="due_on" optional type="date" value={draft.due} onChange={(ev) => set({ due: ev.target.value })} error={e.due_on} />
      <SelectField<TaskStatus> label={t('plan.task.status')} name="status" value={draft.status} error={e.status}
        options={TASK_STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))} onChange={(status) => set({ status })} />
      <SelectField label={t('plan.task.area')} name="area" value={draft.area} error={e.area}
        options={[{ value: '', label: t('plan.noArea') }, ...PLAN_AREAS.map((a) => ({ value: a, label: t(`plan.area.${a}`) }))]}
        onChange={(area) => set({ area })} />
      {others.length > 0 && (
        <CheckboxGroup legend={t('plan.task.dependsOn')} name="depends_on" value={draft.dependsOn} error={e.depends_on}
          options={others.map((o) => ({ value: String(o.id), label: o.title }))} onChange={(dependsOn) => set({ dependsOn })} />
      )}
      <SubmitButton busy={form.busy}>{task ? t('plan.task.save') : t('plan.task.submit')}</SubmitButton>
    </form>
  );
}
