import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dataPaths } from '../../dataAccess';
import type { ImportSummary as Summary } from '../../dataApi';
import { formatCount, indicatorName, schoolYear } from '../../dataLabels';

/** What a successful import did, in words; ignored columns (student ids, names) are said never to be stored. */
export function ImportSummary({ orgId, summary, filename }: { orgId: number; summary: Summary; filename: string }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [];
  if (summary.rows !== undefined) facts.push([t('data.summary.rows'), formatCount(summary.rows)]);
  if (summary.rows_taken !== undefined) facts.push([t('data.summary.rowsTaken'), formatCount(summary.rows_taken)]);
  if (summary.suppressed_cells !== undefined) facts.push([t('data.summary.suppressedCells'), formatCount(summary.suppressed_cells)]);
  if (summary.counts !== undefined) facts.push([t('data.summary.counts'), formatCount(summary.counts)]);
  if (summary.indicators?.length) facts.push([t('data.summary.indicators'), summary.indicators.map((i) => indicatorName(t, i)).join(', ')]);
  if (summary.years?.length) facts.push([t('data.summary.years'), summary.years.map(schoolYear).join(', ')]);
  if (summary.organizations !== undefined) facts.push([t('data.summary.places'), formatCount(summary.organizations)]);
  if (summary.schools !== undefined) facts.push([t('data.summary.schools'), formatCount(summary.schools)]);
  if (summary.programs !== undefined)
    facts.push([t('data.summary.programs'), summary.programs.length ? summary.programs.map((p) => indicatorName(t, `program:${p}`)).join(', ') : t('data.summary.noPrograms')]);
  if (summary.organizations_updated !== undefined) facts.push([t('data.summary.profilesUpdated'), formatCount(summary.organizations_updated)]);
  if (summary.teachers !== undefined) facts.push([t('data.summary.teachers'), formatCount(summary.teachers)]);
  const ignored = summary.ignored_columns ?? [];
  // The latest year first: a Dashboard file brings its year and the one before.
  const latestYear = summary.years?.length ? Math.max(...summary.years) : undefined;
  const first = summary.indicators?.[0] ?? (summary.programs?.[0] ? `program:${summary.programs[0]}` : undefined);
  return (
    <section aria-labelledby="import-summary" className="panel panel-highlight data-summary">
      <h2 id="import-summary" tabIndex={-1}>
        {t('data.summary.title', { file: filename })}
      </h2>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {summary.kind === 'dashboard' && <p>{t('data.summary.dashboardUnknown')}</p>}
      {summary.kind === 'students' && (
        <p>{ignored.length ? t('data.summary.ignored', { columns: ignored.join(', ') }) : t('data.summary.noneIgnored')}</p>
      )}
      <p className="actions">
        {first && <Link to={dataPaths.analysis(orgId, { indicator: first, year: latestYear })}>{t('data.summary.openAnalysis')}</Link>}
        {summary.kind === 'teachers' && <Link to={dataPaths.teachers(orgId)}>{t('data.summary.openTeachers')}</Link>}
        {summary.kind === 'profiles' && <Link to={`/organizations/${orgId}`}>{t('data.summary.openProfile')}</Link>}
        <Link to={dataPaths.overview(orgId)}>{t('data.summary.openOverview')}</Link>
      </p>
    </section>
  );
}
