import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../format';
import { reportsApi, type Period, type TeamReport as Report } from '../reportsApi';
import { ReportLoading, ReportPeriodForm, useReportPeriod } from '../components/reports/ReportPeriod';
import { FollowThroughList, ReportActions } from '../components/reports/ReportParts';
import { usePageTitle } from '../components/page';
import '../reports.css';

function Figures({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const m = report.meetings;
  const o = report.outreach;
  const p = report.plan;
  return (
    <>
      <section className="report-section" aria-labelledby="report-guides">
        <h2 id="report-guides">{t('reports.team.guides')}</h2>
        {report.guides.length === 0 && <p>{t('reports.team.noGuide')}</p>}
        <ul>
          {report.guides.map((g) => (
            <li key={g.id}>
              {g.title[lang]}: {t('reports.team.sectionsComplete', { complete: g.complete, count: g.sections })}
              {' · '}{t('reports.team.completedInPeriod', { count: g.completed_in_range })}
            </li>
          ))}
        </ul>
      </section>
      <section className="report-section" aria-labelledby="report-meetings">
        <h2 id="report-meetings">{t('reports.meetings')}</h2>
        <p>
          {t('reports.meetingsHeld', { count: m.held })}
          {m.median_days_between !== null && ` · ${t('reports.cadence', { count: m.median_days_between })}`}
          {m.cancelled > 0 && ` · ${t('reports.team.cancelled', { count: m.cancelled })}`}
        </p>
        {m.list.length > 0 && <ul>{m.list.map((x) => <li key={x.id}>{x.title} — {formatDateTime(x.starts_at)}</li>)}</ul>}
      </section>
      <section className="report-section" aria-labelledby="report-follow-through">
        <h2 id="report-follow-through">{t('reports.followThrough')}</h2>
        <FollowThroughList figures={report.follow_through} />
      </section>
      <section className="report-section" aria-labelledby="report-outreach">
        <h2 id="report-outreach">{t('reports.team.outreach')}</h2>
        <p>{o.missing.length ? t('reports.team.missing', { names: o.missing.map((x) => x.label[lang]).join(', ') }) : t('reports.team.noneMissing')}</p>
        <p>{t('reports.team.outreachFigures', { open: o.open, opened: o.opened_in_range, resolved: o.resolved_in_range })}</p>
      </section>
      <section className="report-section" aria-labelledby="report-plan">
        <h2 id="report-plan">{t('reports.team.plan')}</h2>
        <p>{t('reports.team.planFigures', { goals: p.goals, objectives: p.objectives, done: p.tasks.done ?? 0, due: p.tasks_due_in_range, milestones: p.milestones_due_in_range, milestonesDone: p.milestones_done_due_in_range })}</p>
        {p.measures.length > 0 && (
          <ul>
            {p.measures.map((x) => (
              <li key={x.id}>
                {x.name}: {t('reports.team.points', { count: x.points_in_range })}
                {x.last.date && ` · ${t('reports.team.latest', { value: `${x.last.value ?? ''} ${x.unit}`.trim(), date: formatDate(x.last.date) })}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="report-section" aria-labelledby="report-coaching">
        <h2 id="report-coaching">{t('reports.coaching')}</h2>
        <p>{t('reports.team.coachingFigures', { count: report.coaching.entries, hours: report.coaching.hours })}</p>
      </section>
    </>
  );
}

/** A team's progress report for a period (issue 14): on screen, printable, and as a workbook. */
export default function TeamReport() {
  const { t, i18n } = useTranslation();
  const teamId = Number(useParams().id);
  const load = useCallback((period: Period) => reportsApi.team(teamId, period), [teamId]);
  const { period, report, change } = useReportPeriod(load);
  const data = report.state === 'ready' ? report.data : null;
  usePageTitle(data ? t('reports.team.title', { team: data.team.name }) : null);
  if (!data) return <ReportLoading error={report.state === 'failed' ? report.error : undefined} />;
  return (
    <article className="report">
      <p className="no-print"><Link to={`/teams/${teamId}`}>{t('reports.team.back', { team: data.team.name })}</Link></p>
      <h1>{t('reports.team.title', { team: data.team.name })}</h1>
      <p className="meta">{t('reports.period', { from: formatDate(data.from), to: formatDate(data.to) })} · {data.organization.name}</p>
      <ReportPeriodForm key={`${period.from}/${period.to}`} period={period} change={change} />
      <ReportActions href={reportsApi.teamXlsx(teamId, period, i18n.language)} />
      <Figures report={data} />
    </article>
  );
}
