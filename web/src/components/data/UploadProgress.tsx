import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../dataLabels';

export type UploadPhase = 'uploading' | 'processing' | 'done' | 'failed';

/**
 * The progress of one import: a labelled <progress> with the percent in words while the file is sent, then an
 * indeterminate bar while the server checks every row. A polite status region announces the start, each
 * quarter and the phase changes (not every byte, which would flood a screen reader).
 */
export function UploadProgress({ phase, loaded, total }: { phase: UploadPhase; loaded: number; total: number }) {
  const { t } = useTranslation();
  const id = useId();
  const percent = total > 0 ? Math.min(100, Math.floor((100 * loaded) / total)) : 0;
  const text =
    phase === 'uploading'
      ? t('data.progress.uploading', { percent, sent: formatBytes(loaded), total: formatBytes(total) })
      : phase === 'processing'
        ? t('data.progress.processing')
        : phase === 'done'
          ? t('data.progress.done')
          : t('data.progress.failed');
  const quarter = phase === 'uploading' ? t('data.progress.uploadingShort', { percent: Math.floor(percent / 25) * 25 }) : text;
  return (
    <div className="upload-progress">
      <label htmlFor={id}>{t('data.progress.label')}</label>
      {phase === 'processing' ? (
        <progress id={id} aria-describedby={`${id}-text`} />
      ) : phase === 'failed' ? (
        // A failed import never shows a full bar: nothing was imported, so the bar is empty and the text says why.
        <progress id={id} max={100} value={0} aria-describedby={`${id}-text`} className="progress-failed">
          {t('data.progress.failed')}
        </progress>
      ) : (
        <progress id={id} max={100} value={phase === 'uploading' ? percent : 100} aria-describedby={`${id}-text`}>
          {percent}%
        </progress>
      )}
      <p id={`${id}-text`} className="progress-text">
        {text}
      </p>
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {quarter}
      </div>
    </div>
  );
}
