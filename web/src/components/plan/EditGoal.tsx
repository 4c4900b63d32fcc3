import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { LCAP_PRIORITIES, priorityLabel } from '../../plan';
import { planApi, type Goal } from '../../planApi';
import { EditConflict, type ConflictWords } from '../EditConflict';
import { CheckboxGroup, FormAlert, SubmitButton, TextField, invalid, useForm } from '../forms';

function useGoalConflictWords(): ConflictWords {
  const { t } = useTranslation();
  const key = (k: string) => t(`plan.goal.edit.${k}`);
  return {
    title: key('conflictTitle'),
    text: key('conflictText'),
    theirs: key('theirs'),
    mine: key('mine'),
    choice: key('conflictChoice'),
    keepMine: key('keepMine'),
    useTheirs: key('useTheirs'),
  };
}

/** The goal as saved by someone else, when this save was stale: from the 409's `current`, else read again. */
async function currentGoal(failure: unknown, teamId: number, goalId: number): Promise<Goal | null> {
  if (!(failure instanceof ApiError) || failure.problem.status !== 409) return null;
  const current = (failure.problem as unknown as { current?: Goal }).current;
  return current ?? (await planApi.getPlan(teamId)).goals.find((g) => g.id === goalId) ?? null;
}

function GoalWords({ goal }: { goal: Pick<Goal, 'title' | 'description'> }) {
  return (
    <p>
      <strong>{goal.title}</strong>
      {goal.description && <> — {goal.description}</>}
    </p>
  );
}

/** Edits a goal in place with the version read; a stale save shows theirs beside mine, and nothing typed is lost. */
export function EditGoal({ teamId, goal, close }: { teamId: number; goal: Goal; close: (saved: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const words = useGoalConflictWords();
  const [title, setTitle] = useState(goal.title);
  const [description, setDescription] = useState(goal.description);
  const [priorities, setPriorities] = useState(goal.lcap_priorities.map(String));
  const [base, setBase] = useState(goal.version);
  const [conflict, setConflict] = useState<Goal | null>(null);
  const onSubmit = form.submit(async () => {
    if (!title.trim()) throw invalid(t('errors.checkFields'), { title: t('plan.goal.titleRequired') });
    try {
      const lcap = priorities.map(Number).sort((a, b) => a - b);
      await planApi.updateGoal(teamId, goal.id, { version: base, title: title.trim(), description: description.trim(), lcap_priorities: lcap });
      await close(true);
    } catch (failure) {
      const theirs = await currentGoal(failure, teamId, goal.id);
      if (!theirs) throw failure;
      setConflict(theirs);
    }
  });
  const id = `edit-goal-${goal.id}`;
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby={id}>
      <h4 id={id}>{t('plan.goal.edit.title', { goal: goal.title })}</h4>
      <FormAlert message={form.errors.form} />
      {conflict && (
        <EditConflict id={id} level={4} words={words} theirs={<GoalWords goal={conflict} />} mine={<GoalWords goal={{ title, description }} />}
          onKeepMine={() => { setBase(conflict.version); setConflict(null); }}
          onUseTheirs={() => {
            setTitle(conflict.title);
            setDescription(conflict.description);
            setPriorities(conflict.lcap_priorities.map(String));
            setBase(conflict.version);
            setConflict(null);
          }} />
      )}
      <TextField label={t('plan.goal.titleLabel')} name="title" value={title} onChange={(ev) => setTitle(ev.target.value)} error={form.errors.fields.title} />
      <TextField label={t('plan.goal.description')} name="description" optional value={description} onChange={(ev) => setDescription(ev.target.value)} error={form.errors.fields.description} />
      <CheckboxGroup legend={t('plan.goal.priorities')} name={`lcap_priorities-${goal.id}`} value={priorities}
        options={LCAP_PRIORITIES.map((p) => ({ value: String(p), label: priorityLabel(t, p) }))} onChange={setPriorities} error={form.errors.fields.lcap_priorities} />
      <SubmitButton busy={form.busy}>{t('plan.goal.edit.save')}</SubmitButton>{' '}
      <button type="button" className="button" onClick={() => void close(false)}>
        {t('form.cancel')}
      </button>
    </form>
  );
}
