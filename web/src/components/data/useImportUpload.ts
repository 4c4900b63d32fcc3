import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Problem } from '../../api';
import { uploadImport, type DashboardIndicator, type ImportKind, type ImportResult, type Upload } from '../../dataApi';
import { formatBytes } from '../../dataLabels';
import type { UploadPhase } from './UploadProgress';

export interface ImportOutcome {
  result?: ImportResult;
  problem?: Problem;
  filename: string;
}

/**
 * One upload at a time: its progress, its outcome (the summary, or the problems by line when the server rejected
 * the file), and abort. While a file is on its way, leaving the page asks first; the outcome's heading takes focus.
 */
export function useImportUpload(orgId: number) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ phase: UploadPhase; loaded: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
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

  useEffect(() => {
    if (outcome) requestAnimationFrame(() => outcomeRef.current?.querySelector<HTMLElement>('h2')?.focus());
  }, [outcome]);

  /** Sends the file; a rejected file becomes the outcome, other failures are thrown with words for the form. */
  async function start(chosen: File, kind: ImportKind, year: number | undefined, mappingId: number | undefined, indicator?: DashboardIndicator) {
    setOutcome(null);
    setProgress({ phase: 'uploading', loaded: 0, total: chosen.size });
    const upload = (uploadRef.current = uploadImport(orgId, chosen, { kind, year, mappingId, indicator, filename: chosen.name }, (p) =>
      setProgress({ phase: p.sent ? 'processing' : 'uploading', loaded: p.loaded, total: p.total }),
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
  }

  /** A new file was chosen: the last upload's progress and outcome no longer apply. */
  function clear() {
    setOutcome(null);
    setProgress(null);
  }

  return { progress, outcome, outcomeRef, start, clear, abort: () => uploadRef.current?.abort() };
}
