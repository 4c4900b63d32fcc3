import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { planApi, type Milestone } from '../../planApi';
import { FormAlert, SelectField, Status, SubmitButton, TextField, useForm } from '../forms';
import { MilestoneEditor, areaOptions, milestoneInput } from './AreaItemEditors';
import { ItemActions, usePlanItems, type PlanItems } from './ItemActions';

function AddMilestone({ teamId, reload }: { teamId: number; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [d, setD] = useState({ title: '', due: '', area: '' });
  const onSubmit = form.submit(async () => {
    const { done: _done, ...input } = milestoneInput(t, { ...d, done: false });
    await planApi.createMilestone(teamId, input);
    setD({ title: '', due: '', area: '' });
    await reload();
  });
  const e = form.errors.fields;
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby="add-milestone">
      <h3 id="add-milestone">{t('plan.milestone.add')}</h3>
      <FormAlert message={form.errors.form} />
      <TextField label={t('plan.milestone.titleLabel')} name="title" value={d.title} onChange={(ev) => setD({ ...d, title: ev.target.value })} error={e.title} />
      <TextField label={t('plan.milestone.due')} name="due_on" type="date" value={d.due} onChange={(ev) => setD({ ...d, due: ev.target.value })} error={e.due_on} />
      <SelectField label={t('plan.task.area')} name="area" value={d.area} options={areaOptions(t, true)} onChange={(area) => setD({ ...d, area })} error={e.area} />
      <SubmitButton busy={form.busy}>{t('plan.milestone.submit')}</SubmitButton>
    </form>
  );
}

function MilestoneItem({ teamId, m, canEdit, items }: { teamId: number; m: Milestone; canEdit: boolean; items: PlanItems }) {
  const { t } = useTranslation();
  return (
    <li>
      {canEdit && items.editing === m.id ? (
        <MilestoneEditor key={m.version} teamId={teamId} milestone={m} done={(saved) => items.finish(m.id, saved ? m.title : null)} />
      ) : (
        <>
          {m.overdue && <span className="badge badge-missing">{t('plan.overdue')}</span>} <strong>{m.title}</strong>{' '}
          <span className="meta">
            {formatDate(m.due_on)} · {m.area ? t(`plan.area.${m.area}`) : t('plan.noArea')}
            {m.done && ` · ${t('plan.milestone.done')}`}
          </span>
        </>
      )}
      {canEdit && <ItemActions items={items} id={m.id} name={m.title} onDelete={() => planApi.deleteMilestone(teamId, m.id)} />}
    </li>
  );
}

/** The plan's milestones by due date; contributors add, edit and delete them. */
export function MilestonesSection({ teamId, milestones, canEdit, reload }: { teamId: number; milestones: Milestone[]; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const items = usePlanItems('milestone', 'plan-milestones', reload);
  return (
    <section aria-labelledby="plan-milestones">
      <h2 id="plan-milestones" tabIndex={-1}>{t('plan.milestone.title')}</h2>
      <Status message={items.status} />
      {milestones.length ? (
        <ul className="plan-milestones">
          {milestones.map((m) => <MilestoneItem key={m.id} teamId={teamId} m={m} canEdit={canEdit} items={items} />)}
        </ul>
      ) : (
        <p>{t('plan.milestone.none')}</p>
      )}
      {canEdit && <AddMilestone teamId={teamId} reload={reload} />}
    </section>
  );
}

