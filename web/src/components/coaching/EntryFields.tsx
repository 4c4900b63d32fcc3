import { useTranslation } from 'react-i18next';
import type { EntryDraft, StepDraft } from '../../agreements';
import { CheckboxGroup, SelectField, TextField } from '../forms';

/** A team an entry may serve, with its members' names for the next steps' owners (GET .../served-teams). */
export type TeamChoice = { id: number; name: string; organization: string; members: { id: number; name: string }[] };

/** One "next step" row: the team (one of those served), title, owner among that team's members, due date. */
function StepRow({
  step,
  index,
  teams,
  change,
  remove,
  errors,
}: {
  step: StepDraft;
  index: number;
  teams: TeamChoice[];
  change: (step: StepDraft) => void;
  remove: () => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  // The owner is chosen among the team's members; left empty, the team lead assigns it on accepting.
  const people = teams.find((team) => String(team.id) === step.teamId)?.members ?? [];
  const error = (field: string) => errors[`next_steps[${index}].${field}`] ?? errors[`next_steps[${index}]`];
  return (
    <fieldset className="next-step-row">
      <legend>{t('coaching.stepNumber', { number: index + 1 })}</legend>
      <SelectField label={t('coaching.field.stepTeam')} name={`step-${step.key}-team`} value={step.teamId} error={error('team_id')}
        onChange={(value) => change({ ...step, teamId: value, owner: '' })}
        options={[{ value: '', label: t('coaching.chooseTeam') }, ...teams.map((team) => ({ value: String(team.id), label: team.name }))]} />
      <TextField label={t('coaching.field.stepTitle')} name={`step-${step.key}-title`} value={step.title} error={error('title')}
        onChange={(e) => change({ ...step, title: e.target.value })} />
      <SelectField label={t('coaching.field.stepOwner')} name={`step-${step.key}-owner`} value={step.owner} error={error('owner_member_id')}
        onChange={(owner) => change({ ...step, owner })}
        options={[{ value: '', label: t('coaching.ownerLater') }, ...people.map((m) => ({ value: String(m.id), label: m.name }))]} />
      <TextField label={t('coaching.field.stepDue')} name={`step-${step.key}-due`} type="date" value={step.due} error={error('due_on')}
        onChange={(e) => change({ ...step, due: e.target.value })} />
      <button type="button" className="button button-small" onClick={remove}>
        {t('coaching.removeStep', { number: index + 1 })}
      </button>
    </fieldset>
  );
}

/** The repeatable next steps of an entry. */
export function StepsFields({
  draft,
  set,
  teams,
  errors,
}: {
  draft: EntryDraft;
  set: (change: Partial<EntryDraft>) => void;
  teams: TeamChoice[];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const served = teams.filter((team) => draft.teamIds.includes(String(team.id)));
  const nextKey = Math.max(0, ...draft.steps.map((s) => s.key)) + 1;
  return (
    <fieldset>
      <legend>{t('coaching.nextSteps')}</legend>
      <p className="hint">{t('coaching.stepsHint')}</p>
      {draft.steps.map((step, i) => (
        <StepRow key={step.key} step={step} index={i} teams={served} errors={errors}
          change={(changed) => set({ steps: draft.steps.map((s) => (s.key === step.key ? changed : s)) })}
          remove={() => set({ steps: draft.steps.filter((s) => s.key !== step.key) })} />
      ))}
      <button type="button" className="button" onClick={() => set({ steps: [...draft.steps, { key: nextKey, teamId: served.length === 1 ? String(served[0].id) : '', title: '', owner: '', due: '' }] })}>
        {t('coaching.addStep')}
      </button>
    </fieldset>
  );
}

/** The teams served (teams of the peer organizations) and the coaches of the entry. */
export function ServedFields({
  draft,
  set,
  teams,
  coaches,
  errors,
}: {
  draft: EntryDraft;
  set: (change: Partial<EntryDraft>) => void;
  teams: TeamChoice[];
  coaches: { user_id: number; name: string }[];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {teams.length ? (
        <CheckboxGroup legend={t('coaching.field.teams')} name="team_ids" value={draft.teamIds} error={errors.team_ids}
          onChange={(teamIds) => set({ teamIds })}
          options={teams.map((team) => ({ value: String(team.id), label: t('coaching.teamOf', { team: team.name, organization: team.organization }) }))} />
      ) : (
        <p className="alert alert-error">{t('coaching.noTeams')}</p>
      )}
      {coaches.length > 0 && (
        <CheckboxGroup legend={t('coaching.field.coaches')} name="coach_user_ids" hint={t('coaching.coachesHint')} value={draft.coachIds} error={errors.coach_user_ids}
          onChange={(coachIds) => set({ coachIds })} options={coaches.map((c) => ({ value: String(c.user_id), label: c.name }))} />
      )}
    </>
  );
}
