import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { SelectField, TextField } from '../components/forms';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { formatDate, formatDateTime, formatNumber } from '../format';
import { currentLanguage } from '../i18n';
import { COLUMNS, filterRows, sortRows, stageOptions, type Column, type Direction } from '../networkDashboard';
import { networkProgressApi, type DashboardRow, type NetworkDashboard as Dashboard } from '../networkProgressApi';
import { useHours } from '../components/coaching/HoursCharts';
import { DashboardExportLinks } from '../components/ExportLinks';
import { DashboardAgreements } from '../components/network/DashboardAgreements';
import { DashboardTotals } from '../components/network/DashboardTotals';
import { SharedMeetings } from '../components/network/SharedMeetings';

const NUMERIC: ReadonlySet<Column> = new Set(['held', 'cadence', 'onTime', 'late', 'carried', 'overdue', 'outreach', 'hours']);

function Cell({ row, column }: { row: DashboardRow; column: Column }) {
  const { t } = useTranslation();
  const language = currentLanguage() === 'es' ? 'es' : 'en';
  const hours = useHours();
  const p = row.progress;
  if (column === 'team') return <>{row.team.name}</>;
  if (column === 'district') return <>{row.organization.name}</>;
  if (!p) return <span className="meta">{t('dashboard.notShared')}</span>;
  const f = p.follow_through;
  const number = (value: number | null, unit?: string) => (value === null ? '—' : unit ? t(unit, { count: value, value: formatNumber(value) }) : formatNumber(value));
  switch (column) {
    case 'stage':
      return p.guide ? (
        <>
          {p.guide.title[language]}
          <span className="meta block">
            {p.guide.stage ? `${p.guide.stage.title[language]} · ${p.guide.section?.title[language] ?? ''}` : t('dashboard.guideComplete')} (
            {t('dashboard.sectionsComplete', { complete: p.guide.complete, count: p.guide.sections })})
          </span>
        </>
      ) : (
        <>{t('dashboard.noGuide')}</>
      );
    case 'held':
      return <>{number(p.meetings_held)}</>;
    case 'last':
      return <>{p.last_meeting_at ? formatDateTime(p.last_meeting_at) : '—'}</>;
    case 'next':
      return <>{p.next_meeting_at ? formatDateTime(p.next_meeting_at) : t('dashboard.noneScheduled')}</>;
    case 'cadence':
      return <>{number(p.median_days_between_meetings, 'dashboard.days')}</>;
    case 'onTime':
      return <>{f.share_on_time === null ? '—' : `${formatNumber(Math.round(f.share_on_time * 100))} %`}</>;
    case 'late':
      return <>{number(f.median_days_late, 'dashboard.days')}</>;
    case 'carried':
      return <>{number(f.items_carried_over)}</>;
    case 'overdue':
      return <>{number(f.open_overdue)}</>;
    case 'outreach':
      return <>{number(p.outreach_open)}</>;
    case 'hours':
      return <>{hours(p.coaching_hours_received)}</>;
  }
  return null;
}

function SortHeader({ column, sort, setSort }: { column: Column; sort: [Column, Direction]; setSort: (s: [Column, Direction]) => void }) {
  const { t } = useTranslation();
  const active = sort[0] === column;
  const next: Direction = active && sort[1] === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? sort[1] : undefined} className={NUMERIC.has(column) ? 'number' : undefined}>
      <button type="button" className="sort-button" onClick={() => setSort([column, next])}>
        {t(`dashboard.column.${column}`)}
        <span aria-hidden="true">{active ? (sort[1] === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
        <span className="visually-hidden"> {t(active ? `dashboard.sorted.${sort[1]}` : 'dashboard.sortBy')}</span>
      </button>
      <sup>
        <a href={`#note-${column}`} aria-label={t('dashboard.noteFor', { column: t(`dashboard.column.${column}`) })}>
          {COLUMNS.indexOf(column) + 1}
        </a>
      </sup>
    </th>
  );
}

function TeamsTable({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = currentLanguage() === 'es' ? 'es' : 'en';
  const [sort, setSort] = useState<[Column, Direction]>(['district', 'ascending']);
  const [districtId, setDistrictId] = useState('');
  const [stage, setStage] = useState('');
  const [text, setText] = useState('');
  const filter = { districtId: districtId ? Number(districtId) : null, text, stage: stage || null };
  const rows = sortRows(filterRows(dashboard.teams, filter), sort[0], sort[1], language);
  return (
    <section aria-labelledby="dashboard-teams">
      <h2 id="dashboard-teams">{t('dashboard.teams')}</h2>
      <div className="filters no-print">
        <SelectField
          label={t('dashboard.district')}
          name="district"
          value={districtId}
          onChange={setDistrictId}
          options={[{ value: '', label: t('dashboard.allDistricts') }, ...dashboard.districts.map((d) => ({ value: String(d.organization.id), label: d.organization.name }))]}
        />
        <SelectField
          label={t('dashboard.stage')}
          name="stage"
          value={stage}
          onChange={setStage}
          options={[{ value: '', label: t('dashboard.allStages') }, ...stageOptions(dashboard.teams, language, t('dashboard.guideComplete'))]}
        />
        <TextField label={t('dashboard.search')} name="search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <p role="status" aria-live="polite">{t('dashboard.showing', { count: rows.length, total: dashboard.teams.length })}</p>
      {dashboard.teams.length === 0 ? (
        <p>{t('dashboard.nothingShared')}</p>
      ) : (
        <TableRegion caption={t('dashboard.teamsCaption', { date: formatDate(dashboard.today) })}>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <SortHeader key={c} column={c} sort={sort} setSort={setSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.team.id}>
                {COLUMNS.map((c) =>
                  c === 'team' ? (
                    <th scope="row" key={c}>
                      <Cell row={row} column={c} />
                    </th>
                  ) : (
                    <td key={c} className={NUMERIC.has(c) ? 'number' : undefined}>
                      <Cell row={row} column={c} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <h3 id="dashboard-notes">{t('dashboard.notes')}</h3>
      <ol className="footnotes">
        {COLUMNS.map((c) => (
          <li key={c} id={`note-${c}`}>
            <strong>{t(`dashboard.column.${c}`)}</strong>: {t(`dashboard.note.${c}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The network dashboard (issue 11): what member teams share, for the facilitator's staff and the coaches. */
export default function NetworkDashboard() {
  const { t } = useTranslation();
  const networkId = Number(useParams().id);
  const [load] = useLoad(() => Promise.all([api.getNetwork(networkId), networkProgressApi.dashboard(networkId)]), [networkId]);
  usePageTitle(load.state === 'ready' ? t('dashboard.title', { network: load.data[0].name }) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [network, dashboard] = load.data;
  return (
    <>
      <p className="no-print">
        <Link to={`/networks/${network.id}`}>{t('dashboard.back', { network: network.name })}</Link>
      </p>
      <h1>{t('dashboard.title', { network: network.name })}</h1>
      <p className="lead">{t('dashboard.intro')}</p>
      {dashboard.view === 'peers' && <p>{t('dashboard.introPeer')}</p>}
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('dashboard.print')}
        </button>
      </p>
      <TeamsTable dashboard={dashboard} />
      <DashboardTotals districts={dashboard.districts} />
      {dashboard.view === 'full' && <DashboardAgreements agreements={dashboard.agreements} />}
      <SharedMeetings networkId={networkId} rows={dashboard.teams} />
      <DashboardExportLinks networkId={networkId} />
    </>
  );
}
