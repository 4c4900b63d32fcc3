// Unsaved text kept in this browser until it is saved (answers, checklist notes, an edited meeting plan), so a
// reload, a closed tab or a lost connection never loses what someone typed. Keys start with "trellis.draft.".

export function readDraft<T>(key: string, valid: (value: unknown) => value is T): T | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(`trellis.draft.${key}`) ?? 'null');
    return valid(value) ? value : null;
  } catch {
    return null;
  }
}

/** Stores the draft, or forgets it when `value` is null (saved, or discarded on purpose). */
export function writeDraft(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(`trellis.draft.${key}`);
    else localStorage.setItem(`trellis.draft.${key}`, JSON.stringify(value));
  } catch {
    // Storage unavailable (private mode, full): the text stays in the page until it is saved.
  }
}
