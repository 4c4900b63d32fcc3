import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type GuideEntry, type GuideItem } from '../api';
import { readDraft, writeDraft } from '../drafts';
import { inLanguage } from '../guides';
import { FormAlert, Status, useProblemText } from './forms';
import type { AnswerPath } from './GuideAnswer';
import { formatDateTime } from '../format';

type ItemPath = AnswerPath;

const noteKey = (p: ItemPath, entry: string) => `guide-note.${p.teamId}.${p.guide}.${p.module}.${p.section}.${p.item}.${entry}`;
const isText = (value: unknown): value is string => typeof value === 'string';

/** One checklist or data entry: the checkbox saves at once (with the note as typed); the note has its own save. */
function EntryRow({ path, entry, contributes }: { path: ItemPath; entry: GuideEntry; contributes: boolean }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const id = useId();
  const label = inLanguage(entry.label);
  const [checked, setChecked] = useState(entry.checked);
  const key = noteKey(path, entry.id);
  // A note typed and not saved comes back after a reload (drafts.ts).
  const [note, setNote] = useState(() => (contributes ? readDraft(key, isText) : null) ?? entry.note);
  const [saved, setSaved] = useState({ checked: entry.checked, note: entry.note, by: entry.changed_by_name ?? null, at: entry.changed_at ?? null });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function save(nextChecked: boolean, nextNote: string, what: 'checked' | 'note') {
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const change = await api.setGuideEntry(path.teamId, path.guide, path.module, path.section, path.item, entry.id, nextChecked, nextNote);
      setChecked(change.checked);
      setSaved({ checked: change.checked, note: change.note, by: change.changed_by_name, at: change.changed_at });
      // The note went with it; unless more was typed meanwhile, the saved note is what the field shows.
      setNote((current) => {
        if (current !== nextNote) return current;
        writeDraft(key, null);
        return change.note;
      });
      setStatus(
        what === 'note'
          ? t('guide.entries.noteSaved', { label })
          : change.checked
            ? t('guide.entries.checkedSaved', { label })
            : t('guide.entries.uncheckedSaved', { label }),
      );
    } catch (failure) {
      setChecked(saved.checked); // the box shows what is saved; the typed note stays
      setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  if (!contributes) {
    return (
      <li className="entry">
        <span className={`badge ${saved.checked ? 'badge-covered' : 'badge-planned'}`}>
          <span aria-hidden="true">{saved.checked ? '✓ ' : '○ '}</span>
          {saved.checked ? t('guide.entries.yes') : t('guide.entries.no')}
        </span>{' '}
        {label}
        {saved.note && <span className="meta block">{saved.note}</span>}
      </li>
    );
  }
  return (
    <li className="entry">
      <FormAlert message={error} />
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${id}-checked`}
          checked={checked}
          aria-describedby={saved.by ? `${id}-by` : undefined}
          onChange={(e) => {
            setChecked(e.target.checked);
            void save(e.target.checked, note, 'checked');
          }}
        />
        <label htmlFor={`${id}-checked`}>{label}</label>
      </div>
      <div className="entry-note row-editor">
        <div className="field">
          <label htmlFor={`${id}-note`}>
            <span className="visually-hidden">{label}: </span>
            {t('guide.entries.note')}
            <span className="optional"> {t('form.optional')}</span>
          </label>
          <input
            type="text"
            id={`${id}-note`}
            value={note}
            maxLength={2000}
            onChange={(e) => {
              setNote(e.target.value);
              writeDraft(key, e.target.value === saved.note ? null : e.target.value);
            }}
          />
        </div>
        <button
          type="button"
          className="button button-small"
          aria-disabled={busy || undefined}
          aria-label={`${busy ? t('form.working') : t('guide.entries.saveNote')}: ${label}`}
          onClick={() => void save(checked, note, 'note')}
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

/** Section A's perspectives, read from the team's members: shown, never edited here. */
function DerivedEntries({ teamId, item }: { teamId: number; item: GuideItem }) {
  const { t } = useTranslation();
  const note = (entry: GuideEntry) =>
    entry.id === 'grade_spans' && entry.note
      ? entry.note
          .split(', ')
          .map((span) => t(`gradeSpan.${span}`, { defaultValue: span }))
          .join(', ')
      : entry.note;
  return (
    <>
      <p className="hint">
        {t('guide.entries.derived')} <Link to={`/teams/${teamId}`}>{t('guide.entries.derivedLink')}</Link>
      </p>
      <ul className="entries derived">
        {(item.entries ?? []).map((entry) => (
          <li key={entry.id} className="entry">
            <span className={`badge ${entry.checked ? 'badge-covered' : 'badge-missing'}`}>
              <span aria-hidden="true">{entry.checked ? '✓ ' : '✗ '}</span>
              {entry.checked ? t('guide.entries.onTeam') : t('guide.entries.missing')}
            </span>{' '}
            {inLanguage(entry.label)}
            {entry.note && <span className="meta block">{note(entry)}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

export function GuideEntries({ path, item, contributes }: { path: ItemPath; item: GuideItem; contributes: boolean }) {
  const { t } = useTranslation();
  if (item.source === 'representation' || item.entries?.some((e) => e.derived)) return <DerivedEntries teamId={path.teamId} item={item} />;
  return (
    <>
      {contributes && <p className="hint">{item.kind === 'data' ? t('guide.entries.dataHint') : t('guide.entries.checklistHint')}</p>}
      <ul className="entries">
        {(item.entries ?? []).map((entry) => (
          <EntryRow key={entry.id} path={path} entry={entry} contributes={contributes} />
        ))}
      </ul>
    </>
  );
}
