// Manual entry of one indicator-year's counts: one row per student group (ALL required). The server checks every
// field; its messages appear beside the fields, and what was typed stays in the form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import '../data.css';
import { ApiError } from '../api';
import { DataNav } from '../components/data/DataNav';
import { RestoredDraft } from '../components/data/RestoredDraft';
import { hasKeys, useDraft } from '../components/data/useDraft';
import { FormAlert, SelectField, SubmitButton, TextField, invalid, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { dataPaths, loadDataAccess } from '../dataAccess';
import { DIRECTIONS, dataApi, type Direction, type DataOverview } from '../dataApi';
import { STUDENT_GROUPS, groupName, indicatorName, placeName, schoolYear } from '../dataLabels';
import { useUser } from '../session';

interface Row {
  key: number;
  group: string;
  denominator: string;
  numerator: string;
}

interface Draft {
  indicator: string;
  direction: Direction;
  year: string;
  orgCode: string;
  rows: Row[];
}

let nextKey = 1;
const newRow = (group: string): Row => ({ key: nextKey++ + Math.random(), group, denominator: '', numerator: '' });
const isDraft = hasKeys<Draft>('indicator', 'direction', 'year', 'orgCode', 'rows');
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

function CountsForm({ orgId, overview }: { orgId: number; overview: DataOverview }) {
  const { t } = useTranslation();
  const user = useUser();
  const form = useForm();
  // What is typed is kept in this browser until saved (a reload loses nothing).
  const draft = useDraft<Draft>(
    `data.counts.${user.id}.${orgId}`,
    { indicator: '', direction: 'lower_is_better', year: String(new Date().getFullYear() - 1), orgCode: overview.district_code ?? '', rows: [newRow('ALL'), newRow('FOS'), newRow('HOM')] },
    isDraft,
  );
  const { indicator, direction, year, orgCode, rows } = draft.value;
  const set = (change: Partial<Draft>) => draft.set((d) => ({ ...d, ...change }));
  const setIndicator = (value: string) => set({ indicator: value });
  const setDirection = (value: Direction) => set({ direction: value });
  const setYear = (value: string) => set({ year: value });
  const setOrgCode = (value: string) => set({ orgCode: value });
  const setRows = (update: (list: Row[]) => Row[]) => draft.set((d) => ({ ...d, rows: update(d.rows) }));
  const [saved, setSaved] = useState<{ indicator: string; year: number; org_code: string } | null>(null);
  // Messages by exact field ("groups" apart from "groups[0].numerator"), which the form's map merges.
  const [exact, setExact] = useState<Record<string, string>>({});
  const e: Record<string, string | undefined> = { ...form.errors.fields, ...exact, groups: exact.groups };
  const places = [...new Set([overview.district_code ?? '', ...overview.indicators.flatMap((i) => i.org_codes)])].filter(Boolean);
  const setRow = (key: number, change: Partial<Row>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const onSubmit = form.submit(async () => {
    setSaved(null);
    setExact({});
    try {
      await send();
    } catch (error) {
      if (error instanceof ApiError) setExact(Object.fromEntries((error.problem.errors ?? []).map((x) => [x.field, x.message])));
      throw error;
    }
  });

  const send = async () => {
    const fields: Record<string, string> = {};
    if (!indicator.trim()) fields.indicator = t('form.required');
    const yearNumber = wholeNumber(year);
    if (!(yearNumber >= 1990 && yearNumber <= 2100)) fields.year = t('data.import.yearHint');
    rows.forEach((row, i) => {
      if (Number.isNaN(wholeNumber(row.denominator))) fields[`groups[${i}].denominator`] = t('form.wholeNumber');
      if (Number.isNaN(wholeNumber(row.numerator))) fields[`groups[${i}].numerator`] = t('form.wholeNumber');
    });
    if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
    const result = await dataApi.putCounts(orgId, {
      indicator: indicator.trim(),
      direction,
      year: yearNumber,
      ...(orgCode && orgCode !== overview.district_code ? { org_code: orgCode } : {}),
      groups: rows.map((row) => ({ group: row.group, denominator: wholeNumber(row.denominator), numerator: wholeNumber(row.numerator) })),
    });
    draft.forget();
    setSaved({ indicator: indicator.trim(), year: yearNumber, org_code: result.org_code });
  };

  const groupOptions = (current: string) =>
    [...new Set([...STUDENT_GROUPS, current])].map((code) => ({
      value: code,
      label: groupName(t, code),
    }));
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="counts-form">
      <h2 id="counts-form">{t('data.counts.formTitle')}</h2>
      <FormAlert message={form.errors.form} />
      <RestoredDraft restored={draft.restored} onDiscard={draft.discard} />
      <TextField
        label={t('data.counts.indicator')}
        name="indicator"
        hint={t('data.counts.indicatorHint')}
        value={indicator}
        onChange={(event) => setIndicator(event.target.value)}
        error={e.indicator}
      />
      <SelectField
        label={t('data.counts.direction')}
        name="direction"
        value={direction}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`data.direction.${d}`) }))}
        onChange={setDirection}
        error={e.direction}
      />
      <TextField label={t('data.import.year')} name="year" inputMode="numeric" hint={t('data.import.yearHint')} value={year} onChange={(event) => setYear(event.target.value)} error={e.year} />
      {places.length > 1 && (
        <SelectField
          label={t('data.analysis.place')}
          name="org_code"
          value={orgCode}
          options={places.map((code) => ({ value: code, label: placeName(t, code, overview.district_code) }))}
          onChange={setOrgCode}
          error={e.org_code}
        />
      )}
      <fieldset className={`field${e.groups && !e['groups[0].group'] ? ' field-invalid' : ''}`}>
        <legend>{t('data.counts.groups')}</legend>
        <p className="hint">{t('data.counts.groupsHint')}</p>
        {e.groups && (
          <p className="field-error" id="groups-error">
            {e.groups}
          </p>
        )}
        {rows.map((row, i) => (
          <div className="count-row" key={row.key} role="group" aria-label={t('data.counts.rowLabel', { number: i + 1, group: groupName(t, row.group) })}>
            <SelectField label={t('data.table.group')} name={`group-${i}`} value={row.group} options={groupOptions(row.group)} onChange={(group) => setRow(row.key, { group })} error={e[`groups[${i}].group`]} />
            <TextField
              label={t('data.counts.denominator')}
              name={`denominator-${i}`}
              inputMode="numeric"
              value={row.denominator}
              onChange={(event) => setRow(row.key, { denominator: event.target.value })}
              error={e[`groups[${i}].denominator`]}
            />
            <TextField
              label={t('data.counts.numerator')}
              name={`numerator-${i}`}
              inputMode="numeric"
              value={row.numerator}
              onChange={(event) => setRow(row.key, { numerator: event.target.value })}
              error={e[`groups[${i}].numerator`]}
            />
            <button
              type="button"
              className="button button-small"
              onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
              aria-label={t('data.counts.removeRow', { group: groupName(t, row.group) })}
            >
              {t('data.counts.remove')}
            </button>
          </div>
        ))}
        <p>
          <button type="button" className="button button-small" onClick={() => setRows((list) => [...list, newRow(STUDENT_GROUPS.find((g) => !list.some((r) => r.group === g)) ?? 'ALL')])}>
            {t('data.counts.addRow')}
          </button>
        </p>
      </fieldset>
      <SubmitButton busy={form.busy}>{t('data.counts.submit')}</SubmitButton>
      <div role="status" aria-live="polite">
        {saved && (
          <p className="alert alert-success">
            {t('data.counts.saved', { indicator: indicatorName(t, saved.indicator), year: schoolYear(saved.year) })}{' '}
            <Link to={dataPaths.analysis(orgId, { indicator: saved.indicator, year: saved.year, org_code: saved.org_code === overview.district_code ? undefined : saved.org_code })}>
              {t('data.counts.open')}
            </Link>
          </p>
        )}
      </div>
    </form>
  );
}

export default function DataCounts() {
  const { t } = useTranslation();
  const user = useUser();
  const orgId = Number(useParams().id);
  const [load] = useLoad(() => Promise.all([loadDataAccess(orgId), dataApi.overview(orgId)]), [orgId, user.id]);
  usePageTitle(t('data.counts.title'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [access, overview] = load.data;
  return (
    <>
      <h1>{t('data.counts.title')}</h1>
      <DataNav orgId={orgId} orgName={access.organization.name} manages={access.manages} admin={access.admin} />
      <p>{t('data.counts.intro')}</p>
      {overview.district_code === null ? (
        <p>{t('data.noDistrict.text')}</p>
      ) : access.manages ? (
        <CountsForm orgId={orgId} overview={overview} />
      ) : (
        <p>{t('data.import.notAllowed')}</p>
      )}
    </>
  );
}
