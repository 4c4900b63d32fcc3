// The district's analysis settings: when a group is too small to judge, the ratios that flag it, how much a
// shared view hides, and the languages offered (with their program types) that teacher capacity is measured
// against. A stale save keeps what was typed and shows the values someone else saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import '../data.css';
import { ApiError } from '../api';
import { DataNav } from '../components/data/DataNav';
import { ProgramTypesField, programTypesDraft, programTypesToSend, type ProgramTypesDraft } from '../components/data/ProgramTypesField';
import { RestoredDraft } from '../components/data/RestoredDraft';
import { hasKeys, useDraft } from '../components/data/useDraft';
import { FormAlert, Status, SubmitButton, TextField, invalid, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { loadDataAccess } from '../dataAccess';
import { dataApi, type DataSettings as Settings } from '../dataApi';
import { formatRatio, programTypeNames } from '../dataLabels';
import { useUser } from '../session';

interface Draft {
  min_denominator: string;
  under_ratio: string;
  over_ratio: string;
  suppress_at_most: string;
  languages: { key: number; language: string; program_types: ProgramTypesDraft }[];
}

let nextKey = 1;
const draftOf = (s: Settings): Draft => ({
  min_denominator: String(s.min_denominator),
  under_ratio: String(s.under_ratio),
  over_ratio: String(s.over_ratio),
  suppress_at_most: String(s.suppress_at_most),
  languages: s.offered_languages.map((o) => ({ key: nextKey++, language: o.language, program_types: programTypesDraft(o.program_types) })),
});

function SettingsForm({ orgId, initial }: { orgId: number; initial: Settings }) {
  const { t } = useTranslation();
  const user = useUser();
  const form = useForm();
  // What is typed is kept in this browser until saved (a reload loses nothing).
  const stored = useDraft<Draft>(`data.settings.${user.id}.${orgId}`, draftOf(initial), hasKeys<Draft>('min_denominator', 'under_ratio', 'over_ratio', 'suppress_at_most', 'languages'));
  const draft = stored.value;
  const setDraft = stored.set;
  const [version, setVersion] = useState(initial.version);
  const [current, setCurrent] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const e = form.errors.fields;
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const setLanguage = (key: number, change: Partial<Draft['languages'][number]>) =>
    set({ languages: draft.languages.map((l) => (l.key === key ? { ...l, ...change } : l)) });

  const onSubmit = form.submit(async () => {
    setStatus(null);
    const numbers = {
      min_denominator: Number(draft.min_denominator),
      under_ratio: Number(draft.under_ratio.replace(',', '.')),
      over_ratio: Number(draft.over_ratio.replace(',', '.')),
      suppress_at_most: Number(draft.suppress_at_most),
    };
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(numbers)) if (!Number.isFinite(value) || String(draft[key as keyof typeof numbers]).trim() === '') fields[key] = t('data.settings.number');
    if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
    try {
      const saved = await dataApi.putSettings(orgId, {
        ...numbers,
        offered_languages: draft.languages.filter((l) => l.language.trim()).map((l) => ({ language: l.language.trim(), program_types: programTypesToSend(l.program_types) })),
        version,
      });
      setVersion(saved.version);
      stored.forget();
      setCurrent(null);
      setStatus(t('data.settings.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.is('stale-edit') && error.problem.current) {
        const latest = error.problem.current as Settings;
        setCurrent(latest);
        setVersion(latest.version);
        throw new ApiError({ ...error.problem, detail: t('data.settings.stale') });
      }
      throw error;
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="settings-form">
      <h2 id="settings-form">{t('data.settings.formTitle')}</h2>
      <FormAlert message={form.errors.form} />
      <RestoredDraft restored={stored.restored} onDiscard={stored.discard} />
      {current && (
        <section className="conflict" aria-labelledby="current-settings">
          <h3 id="current-settings">{t('data.settings.currentTitle')}</h3>
          <dl className="facts">
            <div>
              <dt>{t('data.settings.minDenominator')}</dt>
              <dd>{current.min_denominator}</dd>
            </div>
            <div>
              <dt>{t('data.settings.underRatio')}</dt>
              <dd>{formatRatio(current.under_ratio)}</dd>
            </div>
            <div>
              <dt>{t('data.settings.overRatio')}</dt>
              <dd>{formatRatio(current.over_ratio)}</dd>
            </div>
            <div>
              <dt>{t('data.settings.suppressAtMost')}</dt>
              <dd>{current.suppress_at_most}</dd>
            </div>
            <div>
              <dt>{t('data.settings.languages')}</dt>
              <dd>
                {current.offered_languages.length
                  ? current.offered_languages.map((o) => `${o.language}${o.program_types.length ? ` (${programTypeNames(t, o.program_types)})` : ''}`).join('; ')
                  : t('data.settings.noLanguages')}
              </dd>
            </div>
          </dl>
          <p className="actions">
            <button type="button" className="button" onClick={() => (setDraft(draftOf(current)), stored.forget(), setCurrent(null), form.clear())}>
              {t('data.settings.useCurrent')}
            </button>
          </p>
        </section>
      )}
      <TextField label={t('data.settings.minDenominator')} name="min_denominator" inputMode="numeric" hint={t('data.settings.minDenominatorHint')} value={draft.min_denominator} onChange={(ev) => set({ min_denominator: ev.target.value })} error={e.min_denominator} />
      <TextField label={t('data.settings.underRatio')} name="under_ratio" inputMode="decimal" hint={t('data.settings.underRatioHint')} value={draft.under_ratio} onChange={(ev) => set({ under_ratio: ev.target.value })} error={e.under_ratio} />
      <TextField label={t('data.settings.overRatio')} name="over_ratio" inputMode="decimal" hint={t('data.settings.overRatioHint')} value={draft.over_ratio} onChange={(ev) => set({ over_ratio: ev.target.value })} error={e.over_ratio} />
      <TextField label={t('data.settings.suppressAtMost')} name="suppress_at_most" inputMode="numeric" hint={t('data.settings.suppressAtMostHint')} value={draft.suppress_at_most} onChange={(ev) => set({ suppress_at_most: ev.target.value })} error={e.suppress_at_most} />
      <fieldset className="field">
        <legend>{t('data.settings.languages')}</legend>
        <p className="hint">{t('data.settings.languagesHint')}</p>
        {e.offered_languages && <p className="field-error">{e.offered_languages}</p>}
        {draft.languages.map((l, i) => (
          <div className="count-row language-row" key={l.key} role="group" aria-label={t('data.settings.languageRow', { number: i + 1 })}>
            <TextField label={t('data.settings.language')} name={`language-${i}`} value={l.language} onChange={(ev) => setLanguage(l.key, { language: ev.target.value })} error={e[`offered_languages[${i}].language`]} />
            <ProgramTypesField legend={t('data.settings.programTypes')} name={`program-types-${i}`} value={l.program_types} onChange={(program_types) => setLanguage(l.key, { program_types })} error={e[`offered_languages[${i}].program_types`]} />
            <button type="button" className="button button-small" onClick={() => set({ languages: draft.languages.filter((x) => x.key !== l.key) })}>
              {t('data.counts.remove')}
            </button>
          </div>
        ))}
        <p>
          <button type="button" className="button button-small" onClick={() => set({ languages: [...draft.languages, { key: nextKey++, language: '', program_types: programTypesDraft([]) }] })}>
            {t('data.settings.addLanguage')}
          </button>
        </p>
      </fieldset>
      <SubmitButton busy={form.busy}>{t('data.settings.submit')}</SubmitButton>
      <Status message={status} />
    </form>
  );
}

export default function DataSettings() {
  const { t } = useTranslation();
  const user = useUser();
  const orgId = Number(useParams().id);
  const [load] = useLoad(() => Promise.all([loadDataAccess(orgId), dataApi.getSettings(orgId)]), [orgId, user.id]);
  usePageTitle(t('data.settings.title'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [access, settings] = load.data;
  return (
    <>
      <h1>{t('data.settings.title')}</h1>
      <DataNav orgId={orgId} orgName={access.organization.name} manages={access.manages} admin={access.admin} />
      <p>{t('data.settings.intro')}</p>
      {access.manages ? <SettingsForm orgId={orgId} initial={settings} /> : <p>{t('data.import.notAllowed')}</p>}
    </>
  );
}
