// Import a file into a district's data: the kind, the year and column mapping of a student-level export, the year
// and indicator of a California School Dashboard download (recognised by its header when chosen), the upload with
// its progress, then the summary, or the problems by line and column (and nothing imported).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import '../data.css';
import { DataNav } from '../components/data/DataNav';
import { ImportFileField } from '../components/data/ImportFileField';
import { KindChoice } from '../components/data/KindChoice';
import { ImportProblems } from '../components/data/ImportProblems';
import { ImportSummary } from '../components/data/ImportSummary';
import { MappingPanel } from '../components/data/MappingPanel';
import { UploadProgress } from '../components/data/UploadProgress';
import { useColumnMapping } from '../components/data/useColumnMapping';
import { useImportUpload } from '../components/data/useImportUpload';
import { DashboardFields, useDashboardFile } from '../components/data/DashboardFields';
import { FormAlert, SubmitButton, TextField, invalid, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { loadDataAccess } from '../dataAccess';
import { IMPORT_KINDS, dataApi, type DashboardIndicator, type ImportKind, type SavedMapping } from '../dataApi';
import { useUser } from '../session';

/** The school year under way: from July on, this calendar year; before, the last. */
function currentSchoolYear(): number {
  const now = new Date();
  return now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
}

function ImportForm({ orgId, initialMappings }: { orgId: number; initialMappings: SavedMapping[] }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const form = useForm();
  const [kind, setKind] = useState<ImportKind>(IMPORT_KINDS.includes(params.get('kind') as ImportKind) ? (params.get('kind') as ImportKind) : 'aggregate');
  const [year, setYear] = useState(String(currentSchoolYear()));
  const [file, setFile] = useState<File | null>(null);
  const dashboard = useDashboardFile();
  const mapping = useColumnMapping(orgId, initialMappings, file, kind, form.fail);
  const upload = useImportUpload(orgId);

  const onSaveMapping = form.submit(async () => {
    await mapping.save();
  });

  const onSubmit = form.submit(async () => {
    const fields: Record<string, string> = {};
    if (!file) fields.file = t('data.import.chooseFile');
    else if (file.size === 0) fields.file = t('fieldProblems.empty_file'); // the server's `empty_file`, before sending
    const yearNumber = Number(year);
    const needsYear = kind === 'students' || kind === 'dashboard';
    if (needsYear && !(Number.isInteger(yearNumber) && yearNumber >= 1990 && yearNumber <= 2100)) fields.year = t('data.import.yearHint');
    if (kind === 'dashboard' && !dashboard.indicator) fields.indicator = t('data.import.indicatorNeeded');
    if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
    let mappingId: number | undefined;
    if (kind === 'students') {
      if (mapping.dirty) mappingId = await mapping.save();
      else if (mapping.savedId !== null) mappingId = mapping.savedId;
    }
    await upload.start(file!, kind, needsYear ? yearNumber : undefined, mappingId, kind === 'dashboard' ? (dashboard.indicator as DashboardIndicator) : undefined);
  });

  // A Dashboard download is recognised by its header as soon as it is chosen (nothing is sent yet): its kind is
  // chosen, and its indicator and year are taken from its name for the reader to confirm.
  async function chooseFile(chosen: File | null) {
    setFile(chosen);
    upload.clear();
    const seen = chosen && (await dashboard.inspect(chosen));
    if (seen) setKind('dashboard');
    if (seen && seen.year !== null) setYear(String(seen.year));
  }

  const { progress, outcome } = upload;
  return (
    <>
      <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="import-title">
        <h2 id="import-title">{t('data.import.formTitle')}</h2>
        <FormAlert message={form.errors.form} />
        <KindChoice value={kind} onChange={setKind} />
        {kind === 'dashboard' && (
          <DashboardFields fileName={dashboard.recognised ? (file?.name ?? '') : null} indicator={dashboard.indicator} onIndicator={dashboard.setIndicator} error={form.errors.fields.indicator} />
        )}
        {(kind === 'students' || kind === 'dashboard') && (
          <TextField
            label={t('data.import.year')}
            name="year"
            inputMode="numeric"
            hint={kind === 'dashboard' ? t('data.import.dashboardYearHint') : t('data.import.yearHint')}
            value={year}
            onChange={(event) => setYear(event.target.value)}
            error={form.errors.fields.year}
          />
        )}
        <ImportFileField
          file={file}
          onChange={(chosen) => void chooseFile(chosen)}
          error={form.errors.fields.file}
        />
        {kind === 'students' && <MappingPanel mapping={mapping} errors={form.errors.fields} onSave={onSaveMapping} />}
        <SubmitButton busy={form.busy}>{t('data.import.submit')}</SubmitButton>
      </form>
      {progress && <UploadProgress {...progress} />}
      {progress?.phase === 'uploading' && (
        <p>
          <button type="button" className="button" onClick={upload.abort}>
            {t('data.import.cancel')}
          </button>
        </p>
      )}
      <div ref={upload.outcomeRef}>
        {outcome?.result && <ImportSummary orgId={orgId} summary={outcome.result.summary} filename={outcome.filename} />}
        {outcome?.problem && <ImportProblems problem={outcome.problem} filename={outcome.filename} />}
      </div>
    </>
  );
}

export default function DataImport() {
  const { t } = useTranslation();
  const user = useUser();
  const orgId = Number(useParams().id);
  const [load] = useLoad(() => Promise.all([loadDataAccess(orgId), dataApi.mappings(orgId)]), [orgId, user.id]);
  usePageTitle(t('data.import.title'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [access, { mappings }] = load.data;
  return (
    <>
      <h1>{t('data.import.title')}</h1>
      <DataNav orgId={orgId} orgName={access.organization.name} manages={access.manages} admin={access.admin} />
      <p>{t('data.import.intro')}</p>
      {access.manages ? <ImportForm orgId={orgId} initialMappings={mappings} /> : <p>{t('data.import.notAllowed')}</p>}
    </>
  );
}
