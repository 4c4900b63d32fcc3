import { useEffect, useState, type SetStateAction } from 'react';
import { readDraft, writeDraft } from '../../drafts';

/**
 * A form's values kept in this browser until saved (drafts.ts), so a reload or a closed tab loses nothing:
 * `restored` says the values came back from an earlier visit; `forget` is for after a save or a discard.
 */
export function useDraft<T extends object>(key: string, initial: T, valid: (value: unknown) => value is T) {
  const [restored, setRestored] = useState(() => readDraft(key, valid) !== null);
  const [value, setValue] = useState<T>(() => readDraft(key, valid) ?? initial);
  const [dirty, setDirty] = useState(restored);
  useEffect(() => {
    if (dirty) writeDraft(key, value);
  }, [key, value, dirty]);
  const set = (next: SetStateAction<T>) => {
    setValue(next);
    setDirty(true);
  };
  const forget = () => {
    writeDraft(key, null);
    setDirty(false);
    setRestored(false);
  };
  const discard = () => {
    forget();
    setValue(initial);
  };
  return { value, set, forget, discard, restored };
}

/** True for an object that has every one of these keys (enough to reject a draft of another shape). */
export const hasKeys =
  <T extends object>(...keys: (keyof T)[]) =>
  (value: unknown): value is T =>
    typeof value === 'object' && value !== null && keys.every((k) => k in value);
