import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { PLAN_AREAS, planApi, type Activity, type Barrier, type Milestone, type PlanArea } from '../../planApi';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { SelectField, TextField } from '../forms';
import { ItemEditor, type Saved } from './ItemEditor';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Done = (saved: boolean) => Promise<void>;

/** The choices of a plan area field, with "No area" first when the item may have none. */
export const areaOptions = (t: Translate, withNone: boolean) => [
  ...(withNone ? [{ value: '', label: t('plan.noArea') }] : []),
  ...PLAN_AREAS.map((a) => ({ value: a, label: t(`plan.area.${a}`) })),
];
const areaName = (t: Translate, area: string) => (area ? t(`plan.area.${area}`) : t('plan.noArea'));

interface ActivityDraft {
  area: string;
  description: string;
}
const activitySaved = (a: Activity): Saved<ActivityDraft> => ({ draft: { area: a.area, description: a.description }, version: a.version });

/** Edits an activity in place: its area and its words. */
export function ActivityEditor({ teamId, activity, done }: { teamId: number; activity: Activity; done: Done }) {
  const { t } = useTranslation();
  return (
    <ItemEditor<ActivityDraft> id={`activity-${activity.id}`} level={4} saved={activitySaved(activity)} done={done}
      title={t('plan.item.editTitle', { which: t('plan.activity.which', { name: activity.description }) })}
      fields={(d, set, e) => (
        <>
          <SelectField label={t('plan.task.area')} name="area" value={d.area} options={areaOptions(t, false)} onChange={(area) => set({ area })} error={e.area} />
          <TextField label={t('plan.activity.description')} name="description" value={d.description} onChange={(ev) => set({ description: ev.target.value })} error={e.description} />
        </>
      )}
      save={async (d, version) => {
        checkFields(t('errors.checkFields'), FORM_RULES.planActivity, { description: d.description });
        await planApi.updateActivity(teamId, activity.id, { area: d.area as PlanArea, description: d.description.trim(), version });
      }}
      latest={async () => {
        const now = (await planApi.getPlan(teamId)).areas.flatMap((a) => a.activities).find((a) => a.id === activity.id);
        return now ? activitySaved(now) : null;
      }}
      show={(d) => <p>{d.description} <span className="meta">({areaName(t, d.area)})</span></p>} />
  );
}

interface MilestoneDraft {
  title: string;
  due: string;
  area: string;
  done: boolean;
}
const milestoneSaved = (m: Milestone): Saved<MilestoneDraft> => ({ draft: { title: m.title, due: m.due_on, area: m.area ?? '', done: m.done }, version: m.version });

/** Checks a milestone's title and due date, then gives its fields as the API takes them. */
export function milestoneInput(t: Translate, d: MilestoneDraft) {
  checkFields(t('errors.checkFields'), FORM_RULES.planMilestone, { title: d.title, due_on: d.due });
  return { title: d.title.trim(), due_on: d.due, area: d.area ? (d.area as PlanArea) : null, done: d.done };
}

/** Edits a milestone in place: title, due date, area, and whether it is reached. */
export function MilestoneEditor({ teamId, milestone, done }: { teamId: number; milestone: Milestone; done: Done }) {
  const { t } = useTranslation();
  return (
    <ItemEditor<MilestoneDraft> id={`milestone-${milestone.id}`} level={3} saved={milestoneSaved(milestone)} done={done}
      title={t('plan.item.editTitle', { which: t('plan.milestone.which', { name: milestone.title }) })}
      fields={(d, set, e) => (
        <>
          <TextField label={t('plan.milestone.titleLabel')} name="title" value={d.title} onChange={(ev) => set({ title: ev.target.value })} error={e.title} />
          <TextField label={t('plan.milestone.due')} name="due_on" type="date" value={d.due} onChange={(ev) => set({ due: ev.target.value })} error={e.due_on} />
          <SelectField label={t('plan.task.area')} name="area" value={d.area} options={areaOptions(t, true)} onChange={(area) => set({ area })} error={e.area} />
          <div className="checkbox">
            <input id={`milestone-${milestone.id}-done`} type="checkbox" checked={d.done} onChange={(ev) => set({ done: ev.target.checked })} />{' '}
            <label htmlFor={`milestone-${milestone.id}-done`}>{t('plan.milestone.done')}</label>
          </div>
        </>
      )}
      save={async (d, version) => { await planApi.updateMilestone(teamId, milestone.id, { ...milestoneInput(t, d), version }); }}
      latest={async () => {
        const now = (await planApi.getPlan(teamId)).milestones.find((m) => m.id === milestone.id);
        return now ? milestoneSaved(now) : null;
      }}
      show={(d) => <p>{d.title} <span className="meta">({d.due ? formatDate(d.due) : '—'} · {areaName(t, d.area)})</span></p>} />
  );
}

interface BarrierDraft {
  description: string;
  response: string;
  area: string;
}
const barrierSaved = (b: Barrier): Saved<BarrierDraft> => ({ draft: { description: b.description, response: b.response, area: b.area ?? '' }, version: b.version });

/** Edits a barrier in place: the barrier, the team's response, its area. */
export function BarrierEditor({ teamId, barrier, done }: { teamId: number; barrier: Barrier; done: Done }) {
  const { t } = useTranslation();
  return (
    <ItemEditor<BarrierDraft> id={`barrier-${barrier.id}`} level={3} saved={barrierSaved(barrier)} done={done}
      title={t('plan.item.editTitle', { which: t('plan.barrier.which', { name: barrier.description }) })}
      fields={(d, set, e) => (
        <>
          <TextField label={t('plan.barrier.description')} name="description" value={d.description} onChange={(ev) => set({ description: ev.target.value })} error={e.description} />
          <TextField label={t('plan.barrier.response')} name="response" optional value={d.response} onChange={(ev) => set({ response: ev.target.value })} error={e.response} />
          <SelectField label={t('plan.task.area')} name="area" value={d.area} options={areaOptions(t, true)} onChange={(area) => set({ area })} error={e.area} />
        </>
      )}
      save={async (d, version) => {
        checkFields(t('errors.checkFields'), FORM_RULES.planBarrier, { description: d.description, response: d.response });
        await planApi.updateBarrier(teamId, barrier.id, { description: d.description.trim(), response: d.response.trim(), area: d.area ? (d.area as PlanArea) : null, version });
      }}
      latest={async () => {
        const now = (await planApi.getPlan(teamId)).barriers.find((b) => b.id === barrier.id);
        return now ? barrierSaved(now) : null;
      }}
      show={(d) => (
        <>
          <p>{d.description}</p>
          <p>{d.response || t('plan.barrier.noResponse')}</p>
        </>
      )} />
  );
}
