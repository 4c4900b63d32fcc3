import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, PLANNER_MODES, type GuideInfo, type GuideProgress, type MeetingPlan, type PlannerMode, type SectionStatus } from '../api';
import { formatNumber } from '../format';
import { inLanguage } from '../guides';
import { currentLanguage } from '../i18n';
import { CheckboxGroup, FormAlert, RadioGroup, SelectField, SubmitButton, TextField, invalid, useForm } from './forms';

export const MIN_MEETING = 15;
export const MAX_MEETING = 480;

function statusOf(progress: GuideProgress | null, moduleId: string, sectionId: string): SectionStatus {
  return progress?.modules.find((m) => m.id === moduleId)?.sections.find((s) => s.id === sectionId)?.status ?? 'not_started';
}

/** By default: every section of the module that is not complete (all of them when every one is). */
function defaultSections(guide: GuideInfo, progress: GuideProgress | null, moduleId: string): string[] {
  const sections = guide.modules.find((m) => m.id === moduleId)?.sections ?? [];
  const open = sections.filter((s) => statusOf(progress, moduleId, s.id) !== 'complete').map((s) => s.id);
  return open.length ? open : sections.map((s) => s.id);
}

/** A new team by default while the module's team-forming section is not complete. */
function defaultNewTeam(guide: GuideInfo, progress: GuideProgress | null, moduleId: string): boolean {
  const forming = guide.modules.find((m) => m.id === moduleId)?.sections.find((s) => s.forms_team);
  return !!forming && statusOf(progress, moduleId, forming.id) !== 'complete';
}

/**
 * What to plan: module, sections, new team or not, in person or virtual, and the usual meeting length. Asks the
 * server's planner (which writes nothing) and hands the proposal up. `replacing` asks once before a new proposal
 * replaces an edited one.
 */
export function PlanRequestForm({
  teamId,
  guide,
  progress,
  replacing,
  proposed,
}: {
  teamId: number;
  guide: GuideInfo;
  progress: GuideProgress | null;
  replacing: boolean;
  proposed: (plan: MeetingPlan) => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [moduleId, setModuleId] = useState(guide.modules[0]?.id ?? '');
  const [sections, setSections] = useState<string[]>(() => defaultSections(guide, progress, moduleId));
  const [newTeam, setNewTeam] = useState<'yes' | 'no'>(() => (defaultNewTeam(guide, progress, moduleId) ? 'yes' : 'no'));
  const [mode, setMode] = useState<PlannerMode>('in_person');
  const [minutes, setMinutes] = useState('60');
  const [confirming, setConfirming] = useState(false);
  const module = guide.modules.find((m) => m.id === moduleId);

  const onSubmit = form.submit(async () => {
    const fields: Record<string, string> = {};
    if (!sections.length) fields.sections = t('guide.plan.chooseSections');
    const length = Number(minutes.trim());
    if (!/^\d+$/.test(minutes.trim()) || length < MIN_MEETING || length > MAX_MEETING)
      fields.meeting_minutes = t('guide.plan.minutesInvalid', { min: MIN_MEETING, max: MAX_MEETING });
    if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
    if (replacing && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const plan = await api.planMeetings(teamId, {
      guide: guide.id,
      module: moduleId,
      sections,
      new_team: newTeam === 'yes',
      mode,
      meeting_minutes: length,
      language: currentLanguage(),
    });
    proposed(plan);
  });

  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="plan-request">
      <FormAlert message={form.errors.form} />
      {guide.modules.length > 1 && (
        <SelectField
          label={t('guide.plan.module')}
          name="module"
          value={moduleId}
          options={guide.modules.map((m) => ({ value: m.id, label: inLanguage(m.title) }))}
          onChange={(value) => {
            setModuleId(value);
            setSections(defaultSections(guide, progress, value));
            setNewTeam(defaultNewTeam(guide, progress, value) ? 'yes' : 'no');
          }}
          error={form.errors.fields.module}
        />
      )}
      {guide.modules.length === 1 && module && (
        <p>
          <strong>{t('guide.plan.module')}:</strong> {inLanguage(module.title)}
        </p>
      )}
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
        value={sections}
        onChange={setSections}
        error={form.errors.fields.sections}
      />
      <RadioGroup<'yes' | 'no'>
        legend={t('guide.plan.newTeam')}
        name="new_team"
        hint={t('guide.plan.newTeamHint')}
        value={newTeam}
        options={[
          { value: 'yes', label: t('guide.plan.yes') },
          { value: 'no', label: t('guide.plan.no') },
        ]}
        onChange={setNewTeam}
        error={form.errors.fields.new_team}
      />
      <RadioGroup<PlannerMode>
        legend={t('guide.plan.mode')}
        name="mode"
        hint={t('guide.plan.modeHint')}
        value={mode}
        options={PLANNER_MODES.map((m) => ({ value: m, label: t(`meeting.mode.${m}`) }))}
        onChange={setMode}
        error={form.errors.fields.mode}
      />
      <TextField
        label={t('guide.plan.minutes')}
        hint={t('guide.plan.minutesHint', { min: MIN_MEETING, max: MAX_MEETING })}
        name="meeting_minutes"
        inputMode="numeric"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={form.errors.fields.meeting_minutes}
      />
      {confirming && (
        <p className="alert alert-error" role="alert">
          {t('guide.plan.replaceConfirm')}
        </p>
      )}
      <SubmitButton busy={form.busy}>{confirming ? t('guide.plan.replaceYes') : t('guide.plan.propose')}</SubmitButton>
    </form>
  );
}
