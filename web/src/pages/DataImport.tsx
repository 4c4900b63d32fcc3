// Import a file into a district's data: the kind, the year and column mapping of a student-level export, the
// upload with its progress, then the summary, or the problems by line and column (and nothing imported).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import '../data.css';
import { ApiError, type Problem } from '../api';
import { DataNav } from '../components/data/DataNav';
import { KindChoice } from '../components/data/KindChoice';
import { ImportProblems } from '../components/data/ImportProblems';
import { ImportSummary } from '../components/data/ImportSummary';
import { MappingEditor, draftOf, isIdentity, mappingOf, type MappingDraft } from '../components/data/MappingEditor';
import { UploadProgress, type UploadPhase } from '../components/data/UploadProgress';
import { FormAlert, SelectField, SubmitButton, TextField, invalid, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { loadDataAccess } from '../dataAccess';
import { IMPORT_KINDS, dataApi, readHeader, uploadImport, type ImportKind, type ImportResult, type SavedMapping, type Upload } from '../dataApi';
import { formatBytes } from '../dataLabels';
import { useUser } from '../session';

/** The school year under way: from July on, this calendar year; before, the last. */
function currentSchoolYear(): number {
  const now = new Date();
  return now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
}

const sameMapping = (a: MappingDraft, b: MappingDraft) => JSON.stringify(mappingOf(a)) === JSON.stringify(mappingOf(b));

function ImportForm({ orgId, initialMappings }: { orgId: number; initialMappings: SavedMapping[] }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const form = useForm();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>(IMPORT_KINDS.includes(params.get('kind') as ImportKind) ? (params.get('kind') as ImportKind) : 'aggregate');
  const [year, setYear] = useState(String(currentSchoolYear()));
  const [file, setFile] = useState<File | null>(null);
  const [header, setHeader] = useState<string[] | null>(null);
  const [mappings, setMappings] = useState(initialMappings);
  const [savedId, setSavedId] = useState<number | null>(null);
  const [draft, setDraft] = useState<MappingDraft>(draftOf(undefined));
  const [mappingName, setMappingName] = useState('');
  const [mappingStatus, setMappingStatus] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ phase: UploadPhase; loaded: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ result?: ImportResult; problem?: Problem; filename: string } | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const uploadRef = useRef<Upload | null>(null);

  // Leaving the page while a file is on its way would lose the import: the browser asks first.
  const working = progress?.phase === 'uploading' || progress?.phase === 'processing';
  useEffect(() => {
    if (!working) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [working]);

  const saved = mappings.find((m) => m.id === savedId);
  const dirty = saved ? !sameMapping(draft, draftOf(saved.mapping)) : !isIdentity(draft);

  // A student-level file: read its first line here, and ask the server which columns look like which.
  useEffect(() => {
    let cancelled = false;
    if (!file || kind !== 'students') {
      setHeader(null);
      return;
    }
    void (async () => {
      const names = await readHeader(file);
      if (cancelled) return;
      setHeader(names);
      if (savedId !== null) return;
      try {
        const { mapping } = await dataApi.suggestMapping(orgId, names.slice(0, 512));
        if (!cancelled) setDraft(draftOf(mapping));
      } catch (error) {
        if (!cancelled) form.fail(error);
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, kind, orgId]);

  useEffect(() => {
    if (outcome) requestAnimationFrame(() => outcomeRef.current?.querySelector<HTMLElement>('h2')?.focus());
  }, [outcome]);

  const chooseSaved = (value: string) => {
    const mapping = mappings.find((m) => String(m.id) === value);
    setSavedId(mapping ? mapping.id : null);
    setMappingStatus(null);
    if (mapping) {
      setDraft(draftOf(mapping.mapping));
      setMappingName(mapping.name);
    }
  };

  /** Saves the draft under its name (updating the saved mapping of that name) and returns its id. */
  const saveMapping = async (): Promise<number> => {
    const name = mappingName.trim();
    if (!name) throw invalid(t('data.import.nameMapping'), { mapping_name: t('data.import.nameMapping') });
    const existing = mappings.find((m) => m.name === name);
    const result = existing
      ? await dataApi.updateMapping(orgId, existing.id, name, mappingOf(draft, existing.mapping.program_grades), existing.version)
      : await dataApi.createMapping(orgId, name, mappingOf(draft));
    setMappings((list) => [...list.filter((m) => m.id !== result.id), result]);
    setSavedId(result.id);
    setMappingStatus(t('data.import.mappingSaved', { name }));
    return result.id;
  };

  const onSaveMapping = form.submit(async () => {
    await saveMapping();
  });

  const onSubmit = form.submit(async () => {
    const fields: Record<string, string> = {};
    if (!file) fields.file = t('data.import.chooseFile');
    const yearNumber = Number(year);
    if (kind === 'students' && !(Number.isInteger(yearNumber) && yearNumber >= 1990 && yearNumber <= 2100)) fields.year = t('data.import.yearHint');
    if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
    let mappingId: number | undefined;
    if (kind === 'students') {
      if (dirty) mappingId = await saveMapping();
      else if (savedId !== null) mappingId = savedId;
    }
    const chosen = file!;
    setOutcome(null);
    setProgress({ phase: 'uploading', loaded: 0, total: chosen.size });
    const upload = (uploadRef.current = uploadImport(
      orgId,
      chosen,
      { kind, year: kind === 'students' ? yearNumber : undefined, mappingId, filename: chosen.name },
      (p) => setProgress({ phase: p.sent ? 'processing' : 'uploading', loaded: p.loaded, total: p.total }),
    ));
    try {
      const result = await upload.done;
      setProgress({ phase: 'done', loaded: chosen.size, total: chosen.size });
      setOutcome({ result, filename: chosen.name });
    } catch (error) {
      setProgress((p) => (p ? { ...p, phase: 'failed' } : p));
      if (error instanceof ApiError && error.is('aborted')) throw new ApiError({ ...error.problem, detail: t('data.import.cancelled') });
      if (error instanceof ApiError && error.is('import-rejected')) {
        setOutcome({ problem: error.problem, filename: chosen.name });
        return;
      }
      if (error instanceof ApiError && error.status === 413) throw new ApiError({ ...error.problem, detail: t('data.import.tooLarge', { size: formatBytes(chosen.size) }) });
      throw error;
    } finally {
      uploadRef.current = null;
    }
  });

  return (
    <>
      <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="import-title">
        <h2 id="import-title">{t('data.import.formTitle')}</h2>
        <FormAlert message={form.errors.form} />
        <KindChoice value={kind} onChange={setKind} />
        {kind === 'students' && (
          <TextField
            label={t('data.import.year')}
            name="year"
            inputMode="numeric"
            hint={t('data.import.yearHint')}
            value={year}
            onChange={(event) => setYear(event.target.value)}
            error={form.errors.fields.year}
          />
        )}
        <div className={`field${form.errors.fields.file ? ' field-invalid' : ''}`}>
          <label htmlFor={fileId}>{t('data.import.file')}</label>
          <p id={`${fileId}-hint`} className="hint">
            {t('data.import.fileHint')}
          </p>
          {form.errors.fields.file && (
            <p id={`${fileId}-error`} className="field-error">
              {form.errors.fields.file}
            </p>
          )}
          <input
            id={fileId}
            name="file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            aria-invalid={form.errors.fields.file ? true : undefined}
            aria-describedby={`${fileId}-hint${form.errors.fields.file ? ` ${fileId}-error` : ''}`}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setOutcome(null);
              setProgress(null);
            }}
          />
          {file && <p className="meta">{t('data.import.chosen', { name: file.name, size: formatBytes(file.size) })}</p>}
        </div>
        {kind === 'students' && (
          <section aria-labelledby="mapping-title" className="panel">
            <h3 id="mapping-title">{t('data.import.mappingTitle')}</h3>
            <SelectField
              label={t('data.import.savedMapping')}
              name="saved_mapping"
              value={savedId === null ? '' : String(savedId)}
              options={[{ value: '', label: t('data.import.noSavedMapping') }, ...mappings.map((m) => ({ value: String(m.id), label: m.name }))]}
              onChange={chooseSaved}
            />
            {header ? (
              <MappingEditor header={header} draft={draft} onChange={(d) => (setDraft(d), setMappingStatus(null))} errors={form.errors.fields} />
            ) : (
              <p>{t('data.import.mappingAfterFile')}</p>
            )}
            {(header || saved) && (
              <div className="inline-form">
                <TextField
                  label={t('data.import.mappingName')}
                  name="mapping_name"
                  optional={!dirty}
                  hint={dirty ? t('data.import.mappingNameNeeded') : t('data.import.mappingNameHint')}
                  value={mappingName}
                  onChange={(event) => setMappingName(event.target.value)}
                  error={form.errors.fields.mapping_name ?? form.errors.fields.name}
                />
                <button type="button" className="button" onClick={onSaveMapping}>
                  {t('data.import.saveMapping')}
                </button>
              </div>
            )}
            <div role="status" aria-live="polite">
              {mappingStatus && <p className="alert alert-success">{mappingStatus}</p>}
            </div>
          </section>
        )}
        <SubmitButton busy={form.busy}>{t('data.import.submit')}</SubmitButton>
      </form>
      {progress && <UploadProgress {...progress} />}
      {progress?.phase === 'uploading' && (
        <p>
          <button type="button" className="button" onClick={() => uploadRef.current?.abort()}>
            {t('data.import.cancel')}
          </button>
        </p>
      )}
      <div ref={outcomeRef}>
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
