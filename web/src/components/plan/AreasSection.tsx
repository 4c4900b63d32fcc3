import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_AREAS, planApi, type Activity, type PlanArea } from '../../planApi';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { FormAlert, SelectField, Status, SubmitButton, TextField, useForm } from '../forms';
import { ActivityEditor, areaOptions } from './AreaItemEditors';
import { ItemActions, usePlanItems, type PlanItems } from './ItemActions';

function AddActivity({ teamId, reload }: { teamId: number; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [area, setArea] = useState<string>(PLAN_AREAS[0]);
  const [description, setDescription] = useState('');
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.planActivity, { description });
    await planApi.createActivity(teamId, area as PlanArea, description.trim());
    setDescription('');
    await reload();
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby="add-activity">
      <h3 id="add-activity">{t('plan.activity.add')}</h3>
      <FormAlert message={form.errors.form} />
      <SelectField label={t('plan.task.area')} name="area" value={area} options={areaOptions(t, false)} onChange={setArea} error={form.errors.fields.area} />
      <TextField label={t('plan.activity.description')} name="description" value={description} onChange={(ev) => setDescription(ev.target.value)} error={form.errors.fields.description} />
      <SubmitButton busy={form.busy}>{t('plan.activity.submit')}</SubmitButton>
    </form>
  );
}

function ActivityItem({ teamId, activity, canEdit, items }: { teamId: number; activity: Activity; canEdit: boolean; items: PlanItems }) {
  return (
    <li>
      {canEdit && items.editing === activity.id ? (
        <ActivityEditor key={activity.version} teamId={teamId} activity={activity} done={(saved) => items.finish(activity.id, saved ? activity.description : null)} />
      ) : (
        <span>{activity.description}</span>
      )}
      {canEdit && <ItemActions items={items} id={activity.id} name={activity.description} onDelete={() => planApi.deleteActivity(teamId, activity.id)} />}
    </li>
  );
}

/** The six plan areas with their activities; contributors add, edit and delete activities. */
export function AreasSection({ teamId, areas, canEdit, reload }: { teamId: number; areas: { key: PlanArea; activities: Activity[] }[]; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const items = usePlanItems('activity', 'plan-areas', reload);
  return (
    <section aria-labelledby="plan-areas">
      <h2 id="plan-areas" tabIndex={-1}>{t('plan.activity.title')}</h2>
      <Status message={items.status} />
      {areas.map((area) => (
        <div key={area.key} className="plan-area">
          <h3>{t(`plan.area.${area.key}`)}</h3>
          {area.activities.length ? (
            <ul>{area.activities.map((a) => <ActivityItem key={a.id} teamId={teamId} activity={a} canEdit={canEdit} items={items} />)}</ul>
          ) : (
            <p className="meta">{t('plan.activity.none')}</p>
          )}
        </div>
      ))}
      {canEdit && <AddActivity teamId={teamId} reload={reload} />}
    </section>
  );
}

