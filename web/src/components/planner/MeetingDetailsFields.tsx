import { useTranslation } from 'react-i18next';
import { MEETING_MODES, type MeetingMode } from '../../api';
import { SelectField, TextAreaField, TextField } from '../forms';
import { TimeZoneSelect } from '../TimeZoneSelect';
import { zoneName } from '../../meetings';
import type { Plan, SetPlan } from './plan';

/** The meeting's title, goal, time, length, mode and place. */
export function MeetingDetailsFields({ plan, set, fieldError }: { plan: Plan; set: SetPlan; fieldError: (name: string) => string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('planner.title')} name="title" value={plan.title} onChange={(e) => set('title', e.target.value)} error={fieldError('title')} />
      <TextAreaField label={t('planner.goal')} name="goal" hint={t('planner.goalHint')} value={plan.goal} onChange={(v) => set('goal', v)} error={fieldError('goal')} />
      <div className="grid">
        <TextField
          label={t('planner.start')}
          hint={t('planner.startHint', { zone: zoneName(plan.timeZone, t) })}
          name="starts_at"
          type="datetime-local"
          value={plan.start}
          onChange={(e) => set('start', e.target.value)}
          error={fieldError('starts_at')}
        />
        <TimeZoneSelect
          label={t('planner.timeZone')}
          name="time_zone"
          value={plan.timeZone}
          onChange={(v) => set('timeZone', v)}
          error={fieldError('time_zone')}
        />
        <TextField
          label={t('planner.duration')}
          name="duration_minutes"
          inputMode="numeric"
          value={plan.duration}
          onChange={(e) => set('duration', e.target.value)}
          error={fieldError('duration_minutes')}
        />
        <SelectField<MeetingMode | ''>
          label={t('planner.mode')}
          name="mode"
          value={plan.mode}
          options={[{ value: '', label: t('planner.chooseMode') }, ...MEETING_MODES.map((m) => ({ value: m, label: t(`meeting.mode.${m}`) }))]}
          onChange={(v) => set('mode', v)}
          error={fieldError('mode')}
        />
      </div>
      <TextField
        label={t('planner.location')}
        hint={t('planner.locationHint')}
        name="location"
        value={plan.location}
        onChange={(e) => set('location', e.target.value)}
        error={fieldError('location')}
      />
    </>
  );
}
