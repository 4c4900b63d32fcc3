// Manual entry of one indicator-year's counts: one row per student group (ALL required). The server checks every
// field; its messages appear beside the fields, and what was typed stays in the form.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import '../data.css';
import { CountRows } from '../components/data/CountRows';
import { CountsSaved } from '../components/data/CountsSaved';
import { DataNav } from '../components/data/DataNav';
import { RestoredDraft } from '../components/data/RestoredDraft';
import { useCountsForm } from '../components/data/useCountsForm';
import { FormAlert, SelectField, SubmitButton, TextField } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { loadDataAccess } from '../dataAccess';
import { DIRECTIONS, dataApi, type DataOverview } from '../dataApi';
import { placeName } from '../dataLabels';
import { useUser } from '../session';

function CountsForm({ orgId, overview }: { orgId: number; overview: DataOverview }) {
  const { t } = useTranslation();
  const { form, draft, errors: e, saved, set, setRows, onSubmit } = useCountsForm(orgId, overview);
  const { indicator, direction, year, orgCode, rows } = draft.value;
  const places = [...new Set([overview.district_code ?? '', ...overview.indicators.flatMap((i) => i.org_codes)])].filter(Boolean);
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
        onChange={(event) => set({ indicator: event.target.value })}
        error={e.indicator}
      />
      <SelectField
        label={t('data.counts.direction')}
        name="direction"
        value={direction}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`data.direction.${d}`) }))}
        onChange={(value) => set({ direction: value })}
        error={e.direction}
      />
      <TextField label={t('data.import.year')} name="year" inputMode="numeric" hint={t('data.import.yearHint')} value={year} onChange={(event) => set({ year: event.target.value })} error={e.year} />
      {places.length > 1 && (
        <SelectField
          label={t('data.analysis.place')}
          name="org_code"
          value={orgCode}
          options={places.map((code) => ({ value: code, label: placeName(t, code, overview.district_code, overview.place_names[code]) }))}
          onChange={(value) => set({ orgCode: value })}
          error={e.org_code}
        />
      )}
      <CountRows rows={rows} errors={e} setRows={setRows} />
      <SubmitButton busy={form.busy}>{t('data.counts.submit')}</SubmitButton>
      <CountsSaved orgId={orgId} saved={saved} districtCode={overview.district_code} />
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
