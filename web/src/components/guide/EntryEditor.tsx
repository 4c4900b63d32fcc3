import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideEntry } from '../../api';
import { formatDateTime } from '../../format';
import { FormAlert, Status } from '../forms';
import type { AnswerPath } from './useAnswerEditor';
import { useEntryEditor } from './useEntryEditor';

/** One checklist or data entry for those who contribute: the checkbox saves at once; the note has its own save. */
export function EntryEditor({ path, entry }: { path: AnswerPath; entry: GuideEntry }) {
  const { t } = useTranslation();
  const id = useId();
  const { label, checked, note, saved, busy, error, status, check, typeNote, saveNote } = useEntryEditor(path, entry);
  return (
    <li className="entry">
      <FormAlert message={error} />
      <div className="checkbox">
        <input type="checkbox" id={`${id}-checked`} checked={checked} aria-describedby={saved.by ? `${id}-by` : undefined} onChange={(e) => check(e.target.checked)} />
        <label htmlFor={`${id}-checked`}>{label}</label>
      </div>
      <div className="entry-note row-editor">
        <div className="field">
          <label htmlFor={`${id}-note`}>
            <span className="visually-hidden">{label}: </span>
            {t('guide.entries.note')}
            <span className="optional"> {t('form.optional')}</span>
          </label>
          <input type="text" id={`${id}-note`} value={note} maxLength={2000} onChange={(e) => typeNote(e.target.value)} />
        </div>
        <button
          type="button"
          className="button button-small"
          aria-disabled={busy || undefined}
          aria-label={`${busy ? t('form.working') : t('guide.entries.saveNote')}: ${label}`}
          onClick={saveNote}
        >
          {busy ? t('form.working') : t('guide.entries.saveNote')}
        </button>
      </div>
      {note !== saved.note && <p className="hint">{t('guide.entries.unsavedNote')}</p>}
      {saved.by && (
        <p id={`${id}-by`} className="meta">
          {t('guide.entries.by', { name: saved.by, time: formatDateTime(saved.at) })}
        </p>
      )}
      <Status message={status} />
    </li>
  );
}
