import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, type ActionItem } from '../../api';
import { planApi } from '../../planApi';
import { useProblemText } from '../forms';

/** "Make it a plan task" on an action item, then "In the plan" with a link to the team's plan. */
export function PromoteButton({ item, teamId, canContribute }: { item: ActionItem; teamId: number; canContribute: boolean }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [taskId, setTaskId] = useState<number | null>(item.plan_task_id);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (taskId !== null)
    return (
      <span className="meta block">
        <Link to={`/teams/${teamId}/plan#task-${taskId}`}>{t('plan.promote.inPlan')}<span className="visually-hidden"> {item.title}</span></Link>
      </span>
    );
  if (!canContribute || item.status === 'dropped') return null;
  async function promote() {
    setBusy(true);
    setError(null);
    try {
      const task = await planApi.promoteActionItem(item.id);
      setTaskId(task.id);
    } catch (failure) {
      const existing = failure instanceof ApiError ? (failure.problem as { task_id?: number }).task_id : undefined;
      if (existing) setTaskId(existing);
      else setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="block">
      <button type="button" className="button button-small" aria-disabled={busy || undefined} onClick={() => !busy && void promote()}>
        {t('plan.promote.button')}<span className="visually-hidden"> {item.title}</span>
      </button>
      {error && <span className="field-error block" role="alert">{error}</span>}
    </span>
  );
}
