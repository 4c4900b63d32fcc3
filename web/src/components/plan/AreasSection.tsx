import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { PLAN_AREAS, planApi, type Activity, type Barrier, type Milestone, type PlanArea } from '../../planApi';
import { FormAlert, SelectField, SubmitButton, TextField, invalid, useForm } from '../forms';

const areaOptions = (t: (key: string) => string, withNone: boolean) => [
  ...(withNone ? [{ value: '', label: t('plan.noArea') }] : []),
  ...PLAN_AREAS.map((a) => ({ value: a, label: t(`plan.area.${a}`) })),
];

function AddActivity({ teamId, reload }: { teamId: number; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [area, setArea] = useState<string>(PLAN_AREAS[0]);
  const [description, setDescription] = useState('');
  const onSubmit = form.submit(async () => {
    if (!description.trim()) throw invalid(t('errors.checkFields'), { description: t('plan.activity.descriptionRequired') });
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

/** The six plan areas with their activities. */
export function AreasSection({ teamId, areas, canEdit, reload }: { teamId: number; areas: { key: PlanArea; activities: Activity[] }[]; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-areas">
      <h2 id="plan-areas">{t('plan.activity.title')}</h2>
      {areas.map((area) => (
        <div key={area.key} className="plan-area">
          <h3>{t(`plan.area.${area.key}`)}</h3>
          {area.activities.length ? <ul>{area.activities.map((a) => <li key={a.id}>{a.description}</li>)}</ul> : <p className="meta">{t('plan.activity.none')}</p>}
        </div>
      ))}
      {canEdit && <AddActivity teamId={teamId} reload={reload} />}
    </section>
  );
}

function AddMilestone({ teamId, reload }: { teamId: number; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [d, setD] = useState({ title: '', due: '', area: '' });
  const onSubmit = form.submit(async () => {
    const errors: Record<string, string> = {};
    if (!d.title.trim()) errors.title = t('plan.milestone.titleRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.due)) errors.due_on = t('plan.milestone.dueRequired');
    if (Object.keys(errors).length) throw invalid(t('errors.checkFields'), errors);
    await planApi.createMilestone(teamId, { title: d.title.trim(), due_on: d.due, area: d.area ? (d.area as PlanArea) : null });
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

/** The plan's milestones by due date. */
export function MilestonesSection({ teamId, milestones, canEdit, reload }: { teamId: number; milestones: Milestone[]; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-milestones">
      <h2 id="plan-milestones">{t('plan.milestone.title')}</h2>
      {milestones.length ? (
        <ul className="plan-milestones">
          {milestones.map((m) => (
            <li key={m.id}>
              {m.overdue && <span className="badge badge-missing">{t('plan.overdue')}</span>} <strong>{m.title}</strong>{' '}
              <span className="meta">
                {formatDate(m.due_on)} · {m.area ? t(`plan.area.${m.area}`) : t('plan.noArea')}
                {m.done && ` · ${t('plan.milestone.done')}`}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('plan.milestone.none')}</p>
      )}
      {canEdit && <AddMilestone teamId={teamId} reload={reload} />}
    </section>
  );
}

function AddBarrier({ teamId, reload }: { teamId: number; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [d, setD] = useState({ description: '', response: '', area: '' });
  const onSubmit = form.submit(async () => {
    if (!d.description.trim()) throw invalid(t('errors.checkFields'), { description: t('plan.barrier.descriptionRequired') });
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

/** Barriers the team expects, each with its planned response. */
export function BarriersSection({ teamId, barriers, canEdit, reload }: { teamId: number; barriers: Barrier[]; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-barriers">
      <h2 id="plan-barriers">{t('plan.barrier.title')}</h2>
      {barriers.length ? (
        <dl className="plan-barriers">
          {barriers.map((b) => (
            <div key={b.id}>
              <dt>{b.description}{b.area && <span className="meta"> · {t(`plan.area.${b.area}`)}</span>}</dt>
              <dd>{b.response || t('plan.barrier.noResponse')}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('plan.barrier.none')}</p>
      )}
      {canEdit && <AddBarrier teamId={teamId} reload={reload} />}
    </section>
  );
}
