// The notification settings form (issue 15): what a Save must send, and the language the app should show.
import type { NotificationSettings, NotificationSettingsPatch } from './api';

const FIELDS = ['language', 'minutes', 'reminders', 'digest'] as const;

/** The fields of `edited` that differ from `saved`: a Save sends only those (an empty object means nothing changed). */
export function changedSettings(saved: NotificationSettings, edited: NotificationSettings): NotificationSettingsPatch {
  const changes: Record<string, unknown> = {};
  for (const field of FIELDS) if (saved[field] !== edited[field]) changes[field] = edited[field];
  return changes as NotificationSettingsPatch;
}

/** The language to switch the app to when an account's saved language is known, or null to stay as it is. */
export function languageToSwitchTo(saved: string | undefined, current: string): 'en' | 'es' | null {
  return (saved === 'en' || saved === 'es') && saved !== current ? saved : null;
}
