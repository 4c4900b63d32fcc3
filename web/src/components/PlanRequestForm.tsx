import { useTranslation } from 'react-i18next';
import { PLANNER_MODES, type GuideInfo, type GuideProgress, type MeetingPlan, type PlannerMode } from '../api';
import { formatNumber } from '../format';
import { inLanguage } from '../guides';
import { CheckboxGroup, FormAlert, RadioGroup, SubmitButton, TextField } from './forms';
import { ModuleChoice } from './planner/ModuleChoice';
import { statusOf } from './planner/planDefaults';
import { MAX_MEETING, MIN_MEETING, usePlanRequest } from './planner/usePlanRequest';

/**
 * What to plan: module, sections, new team or not, in person or virtual, and the usual meeting length. Asks the
 * server's planner (which writes nothing) and hands the proposal up. `replacing` asks once before a new proposal
 * replaces an edited one.
 */
export function PlanRequestForm(props: {
  teamId: number;
  guide: GuideInfo;
  progress: GuideProgress | null;
  replacing: boolean;
  proposed: (plan: MeetingPlan) => void;
}) {
  const { guide, progress } = props;
  const { t } = useTranslation();
  const request = usePlanRequest(props);
  const { form, moduleId } = request;
  const module = guide.modules.find((m) => m.id === moduleId);
  return (
    <form noValidate onSubmit={request.submit} ref={form.formRef} className="plan-request">
      <FormAlert message={form.errors.form} />
      <ModuleChoice guide={guide} moduleId={moduleId} choose={request.chooseModule} error={form.errors.fields.module} />
      <CheckboxGroup
        legend={t('guide.plan.sections')}
        name="sections"
        hint={t('guide.plan.sectionsHint')}
        options={(module?.sections ?? []).map((s) => ({
          value: s.id,
          label: t('guide.plan.sectionOption', {
            title: inLanguage(s.title),
            status: t(`guide.status.${statusOf(progress, moduleId, s.id)}`),
            minutes: formatNumber(s.estimated_minutes),
          }),
        }))}
        value={request.sections}
        onChange={request.setSections}
        error={form.errors.fields.sections}
      />
      <RadioGroup<'yes' | 'no'>
        legend={t('guide.plan.newTeam')}
        name="new_team"
        hint={t('guide.plan.newTeamHint')}
        value={request.newTeam}
        options={[
          { value: 'yes', label: t('guide.plan.yes') },
          { value: 'no', label: t('guide.plan.no') },
        ]}
        onChange={request.setNewTeam}
        error={form.errors.fields.new_team}
      />
      <RadioGroup<PlannerMode>
        legend={t('guide.plan.mode')}
        name="mode"
        hint={t('guide.plan.modeHint')}
        value={request.mode}
        options={PLANNER_MODES.map((m) => ({ value: m, label: t(`meeting.mode.${m}`) }))}
        onChange={request.setMode}
        error={form.errors.fields.mode}
      />
      <TextField
        label={t('guide.plan.minutes')}
        hint={t('guide.plan.minutesHint', { min: MIN_MEETING, max: MAX_MEETING })}
        name="meeting_minutes"
        inputMode="numeric"
        value={request.minutes}
        onChange={(e) => request.setMinutes(e.target.value)}
        error={form.errors.fields.meeting_minutes}
      />
      {request.confirming && (
        <p className="alert alert-error" role="alert">
          {t('guide.plan.replaceConfirm')}
        </p>
      )}
      <SubmitButton busy={form.busy}>{request.confirming ? t('guide.plan.replaceYes') : t('guide.plan.propose')}</SubmitButton>
    </form>
  );
}
