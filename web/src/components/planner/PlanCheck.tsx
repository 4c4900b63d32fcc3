import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../meetings';
import { RuleMessages } from './RuleMessages';

/** The plan against the team's meeting rules, updated as the plan is typed; broken rules are announced. */
export function PlanCheck({ summary, share }: { summary: PlanSummary; share: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-check" className={`panel plan-check${summary.violations.length ? ' panel-warning' : ''}`}>
      <h2 id="plan-check">{t('planner.check')}</h2>
      <ul>
        <li>{t('planner.checkObjectives', { count: summary.objectives, most: summary.maxObjectives })}</li>
        <li>{t('planner.checkAgenda', { total: summary.agendaMinutes, duration: summary.duration })}</li>
        <li>{t('planner.checkDiscussion', { minutes: summary.discussionMinutes, least: summary.minDiscussion, share })}</li>
      </ul>
      <RuleMessages violations={summary.violations} breaks={t('planner.breaks')} keeps={t('planner.keeps')} />
    </section>
  );
}
