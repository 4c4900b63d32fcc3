import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type GuideEntry } from '../../api';
import { readDraft, writeDraft } from '../../drafts';
import { inLanguage } from '../../guides';
import { useProblemText } from '../forms';
import type { AnswerPath } from './useAnswerEditor';

const noteKey = (p: AnswerPath, entry: string) => `guide-note.${p.teamId}.${p.guide}.${p.module}.${p.section}.${p.item}.${entry}`;
const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * One checklist or data entry being edited: the box as shown, the note as typed (a note typed and not saved comes
 * back after a reload, drafts.ts), and what is saved. Checking saves at once, with the note as typed.
 */
export function useEntryEditor(path: AnswerPath, entry: GuideEntry) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const label = inLanguage(entry.label);
  const key = noteKey(path, entry.id);
  const [checked, setChecked] = useState(entry.checked);
  const [note, setNote] = useState(() => readDraft(key, isText) ?? entry.note);
  const [saved, setSaved] = useState({ checked: entry.checked, note: entry.note, by: entry.changed_by_name ?? null, at: entry.changed_at ?? null });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const savedText = (what: 'checked' | 'note', nowChecked: boolean) =>
    what === 'note'
      ? t('guide.entries.noteSaved', { label })
      : nowChecked
        ? t('guide.entries.checkedSaved', { label })
        : t('guide.entries.uncheckedSaved', { label });

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
      setStatus(savedText(what, change.checked));
    } catch (failure) {
      setChecked(saved.checked); // the box shows what is saved; the typed note stays
      setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  const check = (value: boolean) => {
    setChecked(value);
    void save(value, note, 'checked');
  };
  const typeNote = (value: string) => {
    setNote(value);
    writeDraft(key, value === saved.note ? null : value);
  };
  const saveNote = () => void save(checked, note, 'note');
  return { label, checked, note, saved, busy, error, status, check, typeNote, saveNote };
}
