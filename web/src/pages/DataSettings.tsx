// The district's analysis settings: when a group is too small to judge, the ratios that flag it, how much a
// shared view hides, and the languages offered (with their program types) that teacher capacity is measured
// against. A stale save keeps what was typed and shows the values someone else saved.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import '../data.css';
import { CurrentSettings } from '../components/data/CurrentSettings';
import { DataNav } from '../components/data/DataNav';
import { LanguageRows } from '../components/data/LanguageRows';
import { RestoredDraft } from '../components/data/RestoredDraft';
import { useSettingsForm } from '../components/data/useSettingsForm';
import { FormAlert, Status, SubmitButton, TextField } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { loadDataAccess } from '../dataAccess';
import { dataApi, type DataSettings as Settings } from '../dataApi';
import { useUser } from '../session';

function SettingsForm({ orgId, initial }: { orgId: number; initial: Settings }) {
  const { t } = useTranslation();
  const { form, stored, draft, set, current, status, onSubmit, takeCurrent } = useSettingsForm(orgId, initial);
  const e = form.errors.fields;
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="settings-form">
      <h2 id="settings-form">{t('data.settings.formTitle')}</h2>
      <FormAlert message={form.errors.form} />
      <RestoredDraft restored={stored.restored} onDiscard={stored.discard} />
      {current && <CurrentSettings current={current} take={takeCurrent} />}
      <TextField label={t('data.settings.minDenominator')} name="min_denominator" inputMode="numeric" hint={t('data.settings.minDenominatorHint')} value={draft.min_denominator} onChange={(ev) => set({ min_denominator: ev.target.value })} error={e.min_denominator} />
      <TextField label={t('data.settings.underRatio')} name="under_ratio" inputMode="decimal" hint={t('data.settings.underRatioHint')} value={draft.under_ratio} onChange={(ev) => set({ under_ratio: ev.target.value })} error={e.under_ratio} />
      <TextField label={t('data.settings.overRatio')} name="over_ratio" inputMode="decimal" hint={t('data.settings.overRatioHint')} value={draft.over_ratio} onChange={(ev) => set({ over_ratio: ev.target.value })} error={e.over_ratio} />
      <TextField label={t('data.settings.suppressAtMost')} name="suppress_at_most" inputMode="numeric" hint={t('data.settings.suppressAtMostHint')} value={draft.suppress_at_most} onChange={(ev) => set({ suppress_at_most: ev.target.value })} error={e.suppress_at_most} />
      <LanguageRows languages={draft.languages} onChange={(languages) => set({ languages })} errors={e} />
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
