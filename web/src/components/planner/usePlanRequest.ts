import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type GuideInfo, type GuideProgress, type MeetingPlan, type PlannerMode } from '../../api';
import { currentLanguage } from '../../i18n';
import { invalid, useForm } from '../forms';
import { defaultNewTeam, defaultSections } from './planDefaults';

export const MIN_MEETING = 15;
export const MAX_MEETING = 480;

/**
 * What to ask the planner, as typed, and `submit`, which checks it and asks the server's planner (which writes
 * nothing). With `replacing`, the first submit only asks to confirm that a new proposal replaces the edited one.
 */
export function usePlanRequest({
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

  // Another module starts again from its own defaults.
  const chooseModule = (value: string) => {
    setModuleId(value);
    setSections(defaultSections(guide, progress, value));
    setNewTeam(defaultNewTeam(guide, progress, value) ? 'yes' : 'no');
  };

  const submit = form.submit(async () => {
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

  return { form, submit, confirming, moduleId, chooseModule, sections, setSections, newTeam, setNewTeam, mode, setMode, minutes, setMinutes };
}
