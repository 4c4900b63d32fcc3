import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../meetings';
import { RuleMessages } from './RuleMessages';

/** The plan against the team's meeting rules, updated as the plan is typed; broken rules are announced. Before
 * anything is `entered` (an objective or an agenda item's title) it only says what it will check: an empty form is
 * not a list of what is missing. */
export function PlanCheck({ summary, share, entered }: { summary: PlanSummary; share: number; entered: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-check" className={`panel plan-check${entered && summary.violations.length ? ' panel-warning' : ''}`}>
      <h2 id="plan-check">{t('planner.check')}</h2>
      {entered ? (
        <ul>
          <li>{t('planner.checkObjectives', { count: summary.objectives, most: summary.maxObjectives })}</li>
          <li>{t('planner.checkAgenda', { total: summary.agendaMinutes, count: summary.duration })}</li>
          <li>{t('planner.checkDiscussion', { count: summary.discussionMinutes, least: summary.minDiscussion, share })}</li>
        </ul>
      ) : (
        <p className="hint">{t('planner.checkWaiting', { share })}</p>
      )}
      <RuleMessages violations={summary.violations} breaks={t('planner.breaks')} keeps={t('planner.keeps')} waiting={!entered} />
    </section>
  );
}
