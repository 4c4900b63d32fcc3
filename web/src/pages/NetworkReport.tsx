import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../format';
import { reportsApi, type NetworkReport as Report, type Period } from '../reportsApi';
import { ReportLoading, ReportPeriodForm, useReportPeriod } from '../components/reports/ReportPeriod';
import { FollowThroughList, ReportActions } from '../components/reports/ReportParts';
import { Highlights } from '../components/reports/Highlights';
import { TableRegion, usePageTitle } from '../components/page';
import '../reports.css';

function Districts({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <section className="report-section" aria-labelledby="report-districts">
      <h2 id="report-districts">{t('reports.network.districts')}</h2>
      <TableRegion caption={t('reports.network.districts')} hideCaption>
        <thead>
          <tr>
            <th scope="col">{t('reports.network.district')}</th>
            <th scope="col">{t('reports.network.teamsSharing')}</th>
            <th scope="col">{t('reports.meetings')}</th>
            <th scope="col">{t('reports.network.itemsDue')}</th>
            <th scope="col">{t('reports.network.onTime')}</th>
            <th scope="col">{t('reports.network.coachingHours')}</th>
          </tr>
        </thead>
        <tbody>
          {report.districts.map((d) => (
            <tr key={d.organization.id}>
              <th scope="row">{d.organization.name} ({t(`reports.network.role.${d.organization.role}`)})</th>
              <td>{d.teams_sharing}</td>
              <td>{d.meetings_held}</td>
              <td>{d.items_due}</td>
              <td>{d.done_on_time}</td>
              <td>{d.coaching_hours}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <p className="meta">{t('reports.network.onlyShared')}</p>
    </section>
  );
}

function Teams({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return (
    <section className="report-section" aria-labelledby="report-teams">
      <h2 id="report-teams">{t('reports.network.teams')}</h2>
      {report.teams.length === 0 && <p>{t('reports.network.noTeams')}</p>}
      {report.teams.map((row) => (
        <section key={row.team.id} aria-labelledby={`report-team-${row.team.id}`}>
          <h3 id={`report-team-${row.team.id}`}>{row.team.name} · {row.organization.name}</h3>
          {!row.figures && <p>{t('reports.network.notShared')}</p>}
          {row.figures && (
            <>
              <p>
                {row.guide?.stage ? `${row.guide.stage.title[lang]} · ${row.guide.section?.title[lang] ?? ''}` : t('reports.network.noStage')}
              </p>
              <p>
                {t('reports.meetingsHeld', { count: row.figures.meetings_held })}
                {row.figures.median_days_between !== null && ` · ${t('reports.cadence', { count: row.figures.median_days_between })}`}
                {' · '}{t('reports.network.teamCoaching', { hours: row.figures.coaching_hours })}
              </p>
              <FollowThroughList figures={row.figures.follow_through} />
            </>
          )}
        </section>
      ))}
    </section>
  );
}

function Agreements({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (!report.agreements) return null;
  return (
    <section className="report-section" aria-labelledby="report-agreements">
      <h2 id="report-agreements">{t('reports.network.agreements')}</h2>
      {report.agreements.length === 0 && <p>{t('reports.network.noAgreements')}</p>}
      <ul>
        {report.agreements.map((a) => (
          <li key={a.id}>{a.title}: {t('reports.network.hours', { purchased: a.purchased, used: a.used, period: a.used_in_range, left: a.left })}</li>
        ))}
      </ul>
    </section>
  );
}

/** The network report for leadership and funders (issue 14): on screen, printable, and as a workbook. */
export default function NetworkReport() {
  const { t, i18n } = useTranslation();
  const networkId = Number(useParams().id);
  const load = useCallback((period: Period) => reportsApi.network(networkId, period), [networkId]);
  const { period, report, change, reload } = useReportPeriod(load);
  const data = report.state === 'ready' ? report.data : null;
  usePageTitle(data ? t('reports.network.title', { network: data.network.name }) : null);
  if (!data) return <ReportLoading error={report.state === 'failed' ? report.error : undefined} />;
  return (
    <article className="report">
      <p className="no-print"><Link to={`/networks/${networkId}`}>{t('reports.network.back', { network: data.network.name })}</Link></p>
      <h1>{t('reports.network.title', { network: data.network.name })}</h1>
      <p className="meta">{t('reports.period', { from: formatDate(data.from), to: formatDate(data.to) })}</p>
      <ReportPeriodForm key={`${period.from}/${period.to}`} period={period} change={change} />
      <ReportActions href={reportsApi.networkXlsx(networkId, period, i18n.language)} />
      <Highlights report={data} networkId={networkId} changed={reload} />
      <Districts report={data} />
      <Teams report={data} />
      <Agreements report={data} />
    </article>
  );
}
