import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planApi, type Barrier, type PlanArea } from '../../planApi';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { FormAlert, SelectField, Status, SubmitButton, TextField, useForm } from '../forms';
import { BarrierEditor, areaOptions } from './AreaItemEditors';
import { ItemActions, usePlanItems, type PlanItems } from './ItemActions';

function AddBarrier({ teamId, reload }: { teamId: number; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [d, setD] = useState({ description: '', response: '', area: '' });
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.planBarrier, { description: d.description, response: d.response });
    await planApi.createBarrier(teamId, { description: d.description.trim(), response: d.response.trim(), area: d.area ? (d.area as PlanArea) : null });
    setD({ description: '', response: '', area: '' });
    await reload();
  });
  const e = form.errors.fields;
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby="add-barrier">
      <h3 id="add-barrier">{t('plan.barrier.add')}</h3>
      <FormAlert message={form.errors.form} />
      <TextField label={t('plan.barrier.description')} name="description" value={d.description} onChange={(ev) => setD({ ...d, description: ev.target.value })} error={e.description} />
      <TextField label={t('plan.barrier.response')} name="response" optional value={d.response} onChange={(ev) => setD({ ...d, response: ev.target.value })} error={e.response} />
      <SelectField label={t('plan.task.area')} name="area" value={d.area} options={areaOptions(t, true)} onChange={(area) => setD({ ...d, area })} error={e.area} />
      <SubmitButton busy={form.busy}>{t('plan.barrier.submit')}</SubmitButton>
    </form>
  );
}

function BarrierItem({ teamId, b, canEdit, items }: { teamId: number; b: Barrier; canEdit: boolean; items: PlanItems }) {
  const { t } = useTranslation();
  const editing = canEdit && items.editing === b.id;
  return (
    <div>
      <dt>{b.description}{b.area && <span className="meta"> · {t(`plan.area.${b.area}`)}</span>}</dt>
      <dd>
        {editing ? (
          <BarrierEditor key={b.version} teamId={teamId} barrier={b} done={(saved) => items.finish(b.id, saved ? b.description : null)} />
        ) : (
          <span>{b.response || t('plan.barrier.noResponse')}</span>
        )}
        {canEdit && <ItemActions items={items} id={b.id} name={b.description} onDelete={() => planApi.deleteBarrier(teamId, b.id)} />}
      </dd>
    </div>
  );
}

/** Barriers the team expects, each with its planned response; contributors add, edit and delete them. */
export function BarriersSection({ teamId, barriers, canEdit, reload }: { teamId: number; barriers: Barrier[]; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const items = usePlanItems('barrier', 'plan-barriers', reload);
  return (
    <section aria-labelledby="plan-barriers">
      <h2 id="plan-barriers" tabIndex={-1}>{t('plan.barrier.title')}</h2>
      <Status message={items.status} />
      {barriers.length ? (
        <dl className="plan-barriers">
          {barriers.map((b) => <BarrierItem key={b.id} teamId={teamId} b={b} canEdit={canEdit} items={items} />)}
        </dl>
      ) : (
        <p>{t('plan.barrier.none')}</p>
      )}
      {canEdit && <AddBarrier teamId={teamId} reload={reload} />}
    </section>
  );
}
