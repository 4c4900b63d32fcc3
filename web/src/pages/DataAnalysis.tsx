// "Are all student groups represented?" for one indicator: shares, rate ratios against the threshold, flags in
// words, trends, the full counts or the view as shared with the network, sharing and the CSV download.
// Network partners (and team participants) reach only views the district shared, and always see them suppressed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import '../data.css';
import { ApiError, type Organization } from '../api';
import { DataNav } from '../components/data/DataNav';
import { FlagSummary } from '../components/data/FlagSummary';
import { GroupTable } from '../components/data/GroupTable';
import { RatioChart } from '../components/data/RatioChart';
import { ShareChart } from '../components/data/ShareChart';
import { ShareSwitch } from '../components/data/ShareSwitch';
import { TrendTable } from '../components/data/TrendTable';
import { SelectField } from '../components/forms';
import { InlineFailure, LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { loadDataAccess, type DataAccess } from '../dataAccess';
import { analysisUrl, dataApi, type DataOverview, type DataShare, type View } from '../dataApi';
import { indicatorName, placeName, schoolYear } from '../dataLabels';
import { useUser } from '../session';

/** A team participant may open a shared view of an organization they cannot see: then there is no organization. */
type AnalysisAccess = Omit<DataAccess, 'organization'> & { organization: Organization | null };

interface Choice {
  indicator?: string;
  year?: number;
  org_code?: string;
  view: View;
}

function ViewToggle({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  const { t } = useTranslation();
  // The choice lives in the address, which the router updates in a transition: until it has, the radio shows
  // what was picked (a busy machine otherwise shows the old choice for a moment after the click).
  const [picked, setPicked] = useState<View | null>(null);
  if (picked !== null && picked === value) setPicked(null); // the address has caught up
  const shown = picked ?? value;
  return (
    <fieldset className="field checkboxes">
      <legend>{t('data.analysis.view')}</legend>
      <div className="checkbox-list">
        {(['full', 'shared'] as View[]).map((view) => (
          <div className="checkbox" key={view}>
            <input
              type="radio"
              id={`view-${view}`}
              name="view"
              value={view}
              checked={shown === view}
              onChange={() => {
                setPicked(view);
                onChange(view);
              }}
            />
            <label htmlFor={`view-${view}`}>{t(`data.analysis.viewOption.${view}`)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function Pickers({ overview, choice, onChange }: { overview: DataOverview; choice: Choice; onChange: (c: Choice) => void }) {
  const { t } = useTranslation();
  const current = overview.indicators.find((i) => i.indicator === choice.indicator) ?? overview.indicators[0];
  return (
    <form className="analysis-pickers" onSubmit={(event) => event.preventDefault()} aria-label={t('data.analysis.pickers')}>
      <SelectField
        label={t('data.analysis.indicator')}
        name="indicator"
        value={current.indicator}
        options={overview.indicators.map((i) => ({ value: i.indicator, label: indicatorName(t, i.indicator) }))}
        onChange={(indicator) => {
          const next = overview.indicators.find((i) => i.indicator === indicator)!;
          onChange({ ...choice, indicator, year: next.years[0], org_code: next.org_codes.includes(choice.org_code ?? '') ? choice.org_code : undefined });
        }}
      />
      <SelectField
        label={t('data.analysis.year')}
        name="year"
        value={String(choice.year ?? current.years[0])}
        options={current.years.map((y) => ({ value: String(y), label: schoolYear(y) }))}
        onChange={(year) => onChange({ ...choice, year: Number(year) })}
      />
      <SelectField
        label={t('data.analysis.place')}
        name="org_code"
        value={choice.org_code ?? overview.district_code ?? ''}
        options={current.org_codes.map((code) => ({ value: code, label: placeName(t, code, overview.district_code, overview.place_names[code]) }))}
        onChange={(org_code) => onChange({ ...choice, org_code: org_code === overview.district_code ? undefined : org_code })}
      />
      <ViewToggle value={choice.view} onChange={(view) => onChange({ ...choice, view })} />
    </form>
  );
}

function Report({
  orgId,
  access,
  overview,
  choice,
  shares,
  setShares,
}: {
  orgId: number;
  access: AnalysisAccess;
  overview: DataOverview | null;
  choice: Choice;
  shares: DataShare[];
  setShares: (shares: DataShare[]) => void;
}) {
  const { t } = useTranslation();
  const query = { indicator: choice.indicator, year: choice.year, org_code: choice.org_code, view: choice.view };
  const [load] = useLoad(() => dataApi.analysis(orgId, query), [orgId, choice.indicator, choice.year, choice.org_code, choice.view]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') {
    if (load.error instanceof ApiError && load.error.status === 404) return <p>{t('data.analysis.notShared')}</p>;
    return <InlineFailure error={load.error} />;
  }
  const analysis = load.data;
  const place = placeName(t, analysis.org_code, overview?.district_code ?? null, analysis.org_name ?? overview?.place_names[analysis.org_code]);
  const outsider = overview === null;
  return (
    <>
      {analysis.shared && (
        <div className="panel panel-warning" role="note">
          <p>
            <strong>{outsider ? t('data.analysis.sharedWithYou', { name: access.organization?.name ?? t('data.analysis.theDistrict') }) : t('data.analysis.sharedPreview')}</strong>
          </p>
          <p>{t('data.analysis.sharedRules', { max: analysis.settings.suppress_at_most })}</p>
        </div>
      )}
      {analysis.indicators.map((report) => {
        const threshold = report.direction === 'higher_is_better' ? analysis.settings.under_ratio : analysis.settings.over_ratio;
        const headingId = `report-${report.indicator.replace(/[^a-z0-9_-]/g, '-')}`;
        return (
          <section key={report.indicator} aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t('data.analysis.reportTitle', { indicator: indicatorName(t, report.indicator), year: schoolYear(report.year), place })}
            </h2>
            <p className="meta">
              {t(`data.direction.${report.direction}`)} · {t(`data.analysis.viewOption.${analysis.shared ? 'shared' : 'full'}`)}
            </p>
            <FlagSummary report={report} minDenominator={analysis.settings.min_denominator} />
            {access.manages && !outsider && (
              <ShareSwitch orgId={orgId} indicator={report.indicator} year={report.year} shares={shares} onChange={setShares} />
            )}
            <p>
              <a href={`/api/v1${analysisUrl(orgId, { ...query, indicator: report.indicator, year: report.year, format: 'csv' })}`} download>
                {t('data.analysis.csv', { view: t(`data.analysis.viewOption.${analysis.shared ? 'shared' : 'full'}`) })}
              </a>
            </p>
            <h3>{t('data.analysis.sharesTitle')}</h3>
            <ShareChart groups={report.groups} numeratorLabel={t(`data.table.numeratorShare.${report.direction}`)} />
            <h3>{t('data.analysis.ratiosTitle')}</h3>
            <RatioChart groups={report.groups} direction={report.direction} threshold={threshold} />
            <p className="hint">{t('data.analysis.tableNote')}</p>
            <GroupTable report={report} place={place} />
            <h3>{t('data.analysis.trendsTitle')}</h3>
            <TrendTable report={report} place={place} />
          </section>
        );
      })}
    </>
  );
}

export default function DataAnalysis() {
  const { t } = useTranslation();
  const user = useUser();
  const orgId = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const [shares, setShares] = useState<DataShare[] | null>(null);
  const [load] = useLoad(async () => {
    // Both asked at once. A team participant may not see the organization itself, only the views shared with the
    // team; outside the district the overview is not visible: only the shared views named in the address are.
    const [access, overview] = await Promise.all([
      loadDataAccess(orgId).catch((error): AnalysisAccess => {
        if (error instanceof ApiError && error.status === 404) return { organization: null, manages: false, admin: false, keepsProfile: false };
        throw error;
      }),
      dataApi.overview(orgId).catch((error) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
    ]);
    return { access, overview };
  }, [orgId, user.id]);
  usePageTitle(t('data.analysis.title'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { access, overview } = load.data;
  const year = Number(params.get('year')) || undefined;
  const first = overview?.indicators[0];
  const choice: Choice = {
    indicator: params.get('indicator') ?? first?.indicator,
    year: year ?? (params.get('indicator') ? undefined : first?.years[0]),
    org_code: params.get('org_code') ?? undefined,
    view: params.get('view') === 'shared' || overview === null ? 'shared' : 'full',
  };
  const choose = (next: Choice) => {
    const search = new URLSearchParams();
    if (next.indicator) search.set('indicator', next.indicator);
    if (next.year) search.set('year', String(next.year));
    if (next.org_code) search.set('org_code', next.org_code);
    if (next.view === 'shared') search.set('view', 'shared');
    setParams(search);
  };
  return (
    <>
      <h1>{t('data.analysis.title')}</h1>
      {overview ? <DataNav orgId={orgId} orgName={access.organization?.name ?? ''} manages={access.manages} admin={access.admin} /> : access.organization && <p className="lead">{access.organization.name}</p>}
      <p>{t('data.analysis.intro')}</p>
      {overview && overview.district_code === null ? (
        <p>{t('data.noDistrict.text')}</p>
      ) : overview && overview.indicators.length === 0 ? (
        <p>{t('data.overview.noIndicators')}</p>
      ) : !overview && (!choice.indicator || !choice.year) ? (
        <p>{t('data.analysis.notShared')}</p>
      ) : (
        <>
          {overview && <Pickers overview={overview} choice={choice} onChange={choose} />}
          <Report
            key={`${choice.indicator}|${choice.year}|${choice.org_code}|${choice.view}`}
            orgId={orgId}
            access={access}
            overview={overview}
            choice={choice}
            shares={shares ?? overview?.shares ?? []}
            setShares={setShares}
          />
        </>
      )}
    </>
  );
}
