// The district data views a team attached to one guide section (section C: "Are all student groups
// represented?"), each opening in the analysis page, and a small form to attach one from the district's data.
// Opening a view goes through the analysis route, so each reader sees what the policy allows.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api';
import { dataPaths } from '../dataAccess';
import { dataApi, type DataOverview, type DataView } from '../dataApi';
import { indicatorName, placeName, schoolYear } from '../dataLabels';
import { FormAlert, SelectField, SubmitButton, TextField, useForm } from './forms';
import { InlineFailure, useLoad } from './page';

interface Props {
  teamId: number;
  organizationId: number;
  guide: string;
  module: string;
  section: string;
  contributes: boolean;
}

function AttachForm({ props, overview, attached }: { props: Props; overview: DataOverview; attached: (view: DataView) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const options = overview.indicators.flatMap((i) => i.years.map((year) => ({ value: `${i.indicator}|${year}`, label: `${indicatorName(t, i.indicator)}, ${schoolYear(year)}` })));
  const [choice, setChoice] = useState(options[0]?.value ?? '');
  const [note, setNote] = useState('');
  if (!options.length) return <p>{t('data.views.noData')}</p>;
  const onSubmit = form.submit(async () => {
    const [indicator, year] = choice.split('|');
    const view = await dataApi.attachView(props.teamId, props.guide, {
      module: props.module,
      section: props.section,
      indicator,
      year: Number(year),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setNote('');
    attached(view);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="attach-view">
      <h3 id="attach-view">{t('data.views.attach')}</h3>
      <FormAlert message={form.errors.form} />
      <SelectField label={t('data.views.which')} name="view" value={choice} options={options} onChange={setChoice} error={form.errors.fields.indicator} />
      <TextField label={t('data.views.note')} name="note" optional value={note} onChange={(event) => setNote(event.target.value)} error={form.errors.fields.note} />
      <SubmitButton busy={form.busy}>{t('data.views.attachSubmit')}</SubmitButton>
    </form>
  );
}

export function SectionDataViews(props: Props) {
  const { t } = useTranslation();
  const [removed, setRemoved] = useState<string | null>(null);
  const [load, reload] = useLoad(async () => {
    const [{ data_views }, overview] = await Promise.all([
      dataApi.dataViews(props.teamId, props.guide),
      // Team participants and viewers may not see the district's overview; they still open shared views.
      dataApi.overview(props.organizationId).catch((error) => (error instanceof ApiError && error.status === 404 ? null : Promise.reject(error))),
    ]);
    return { views: data_views.filter((v) => v.module === props.module && v.section === props.section), overview };
  }, [props.teamId, props.guide, props.module, props.section, props.organizationId]);
  if (load.state === 'loading') return null;
  if (load.state === 'failed') return <InlineFailure error={load.error} />;
  const { views, overview } = load.data;
  const detach = async (view: DataView) => {
    await dataApi.detachView(props.teamId, props.guide, view.id);
    setRemoved(t('data.views.removed', { indicator: indicatorName(t, view.indicator) }));
    await reload();
  };
  return (
    <section aria-labelledby="section-data-views" className="panel">
      <h2 id="section-data-views">{t('data.views.title')}</h2>
      {views.length === 0 ? (
        <p>{t('data.views.none')}</p>
      ) : (
        <ul className="link-list">
          {views.map((v) => (
            <li key={v.id}>
              <Link to={dataPaths.analysis(v.organization_id, { indicator: v.indicator, year: v.year, org_code: v.org_code.endsWith('0000000') ? undefined : v.org_code })}>
                {t('data.views.open', { indicator: indicatorName(t, v.indicator), year: schoolYear(v.year), place: placeName(t, v.org_code, null, v.org_name) })}
              </Link>
              {v.note && <span> — {v.note}</span>}
              <span className="meta"> {t('data.views.attachedBy', { name: v.attached_by_name })}</span>
              {props.contributes && (
                <>
                  {' '}
                  <button type="button" className="button button-small" onClick={() => void detach(v)}>
                    {t('data.views.detach')}
                    <span className="visually-hidden"> {indicatorName(t, v.indicator)}, {schoolYear(v.year)}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div role="status" aria-live="polite">
        {removed && <p className="alert alert-success">{removed}</p>}
      </div>
      {props.contributes && overview && overview.district_code && (
        <AttachForm props={props} overview={overview} attached={() => void reload()} />
      )}
    </section>
  );
}
