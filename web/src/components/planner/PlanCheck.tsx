import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../meetings';

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
      <div aria-live="polite" aria-atomic="true" className="rule-messages">
        {summary.violations.length ? (
          <>
            <p>
              <strong>{t('planner.breaks')}</strong>
            </p>
            <ul className="violations">
              {summary.violations.map((v, i) => (
                <li key={i}>{v.message}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('planner.keeps')}</p>
        )}
      </div>
    </section>
  );
}
