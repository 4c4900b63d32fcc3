import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../dataLabels';

/** The file to import, with the kinds of file accepted and, once chosen, its name and size. */
export function ImportFileField({ file, onChange, error }: { file: File | null; onChange: (file: File | null) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const fileId = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={fileId}>{t('data.import.file')}</label>
      <p id={`${fileId}-hint`} className="hint">
        {t('data.import.fileHint')}
      </p>
      {error && (
        <p id={`${fileId}-error`} className="field-error">
          {error}
        </p>
      )}
      <input
        id={fileId}
        name="file"
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${fileId}-hint${error ? ` ${fileId}-error` : ''}`}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
      {file && <p className="meta">{t('data.import.chosen', { name: file.name, size: formatBytes(file.size) })}</p>}
    </div>
  );
}
