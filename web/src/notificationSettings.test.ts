import { describe, expect, it } from 'vitest';
import { changedSettings, languageToSwitchTo } from './notificationSettings';
import type { NotificationSettings } from './api';

const saved: NotificationSettings = { language: 'es', minutes: true, reminders: true, digest: 'daily' };

describe('changedSettings', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedSettings(saved, { ...saved })).toEqual({});
  });
  it('sends only the changed fields, a false included', () => {
    expect(changedSettings(saved, { ...saved, minutes: false, digest: 'weekly' })).toEqual({ minutes: false, digest: 'weekly' });
  });
  it('sends a new language', () => {
    expect(changedSettings(saved, { ...saved, language: 'en' })).toEqual({ language: 'en' });
  });
});

describe('languageToSwitchTo', () => {
  it('switches to the account language when it differs', () => {
    expect(languageToSwitchTo('en', 'es')).toBe('en');
  });
  it('stays when it is the same or unknown', () => {
    expect(languageToSwitchTo('es', 'es')).toBeNull();
    expect(languageToSwitchTo(undefined, 'es')).toBeNull();
    expect(languageToSwitchTo('fr', 'en')).toBeNull();
  });
});
