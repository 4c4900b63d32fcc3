import { describe, expect, test } from 'vitest';
import type { AgendaItem } from './api';
import i18n from './i18n';
import { checkPlan, formatForReader, formatInZone, maxObjectives, minDiscussion, rfc3339ToZoned, timeZones, zonedToRfc3339 } from './meetings';

const t = i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;

describe('a meeting start typed on the wall clock of its zone', () => {
  test('is sent with the offset that zone has on that day, winter and summer', () => {
    expect(zonedToRfc3339('2026-12-14T08:00', 'America/Los_Angeles')).toBe('2026-12-14T08:00:00-08:00');
    expect(zonedToRfc3339('2026-07-14T08:00', 'America/Los_Angeles')).toBe('2026-07-14T08:00:00-07:00');
    expect(zonedToRfc3339('2026-12-14T08:00', 'Asia/Kolkata')).toBe('2026-12-14T08:00:00+05:30');
    expect(zonedToRfc3339('2026-12-14T08:00', 'UTC')).toBe('2026-12-14T08:00:00+00:00');
  });

  test('an unreadable start is not sent', () => {
    expect(zonedToRfc3339('next Tuesday', 'UTC')).toBeNull();
  });

  test("the server's instant is shown again as the same wall-clock time in the meeting's zone", () => {
    expect(rfc3339ToZoned('2026-12-14T16:00:00Z', 'America/Los_Angeles')).toBe('2026-12-14T08:00');
    expect(rfc3339ToZoned('2026-12-14T16:00:00Z', 'America/New_York')).toBe('2026-12-14T11:00');
    for (const local of ['2026-03-08T10:30', '2026-11-01T09:00', '2026-06-30T23:45']) {
      expect(rfc3339ToZoned(zonedToRfc3339(local, 'America/Los_Angeles'), 'America/Los_Angeles')).toBe(local);
    }
    expect(rfc3339ToZoned(null, 'UTC')).toBe('');
  });

  test("the start is written out in the meeting's own zone, named, in the reader's language", () => {
    // The reader is in California (vite.config.ts); the meeting is in New York.
    expect(formatInZone('2026-12-14T16:00:00Z', 'America/New_York', 'en-US')).toMatch(/^Monday, December 14, 2026 at 11:00\sAM EST$/);
    expect(formatInZone('2026-12-14T16:00:00Z', 'America/New_York', 'es-US')).toMatch(/^lunes, 14 de diciembre de 2026, 11:00\sa\.\s?m\. EST$/);
    expect(formatInZone('2026-12-14T16:00:00Z', null, 'en-US')).toMatch(/4:00\sPM UTC$/);
    // A zone this browser does not know: the reader's clock, named.
    expect(formatInZone('2026-12-14T16:00:00Z', 'Mars/Base', 'en-US')).toMatch(/8:00\sAM PST$/);
  });

  test("the reader's own clock is added only when it reads another time than the meeting's zone", () => {
    // The reader is in California: a New York meeting gets the Pacific time beside it, a Los Angeles one does not.
    expect(formatForReader('2026-12-14T16:00:00Z', 'America/New_York', 'en-US')).toMatch(/8:00\sAM PST$/);
    expect(formatForReader('2026-12-14T16:00:00Z', 'America/Los_Angeles', 'en-US')).toBeNull();
    // Vancouver keeps Pacific time too: another name, the same clock, nothing to add.
    expect(formatForReader('2026-12-14T16:00:00Z', 'America/Vancouver', 'en-US')).toBeNull();
    expect(formatForReader(null, 'America/New_York', 'en-US')).toBeNull();
  });

  test("the reader's clock gives the time alone on the same day, and the day as well when it differs", () => {
    // 8:00 AM in New York is 5:00 AM the same day in California.
    expect(formatForReader('2026-12-14T13:00:00Z', 'America/New_York', 'en-US')).toMatch(/^5:00\sAM PST$/);
    expect(formatForReader('2026-12-14T13:00:00Z', 'America/New_York', 'es-US')).toMatch(/^5:00\sa\.\s?m\. PST$/);
    // 1:00 AM on the 15th in New York is still the 14th in California: the day is named.
    expect(formatForReader('2026-12-15T06:00:00Z', 'America/New_York', 'en-US')).toMatch(/^Monday, December 14, 2026 at 10:00\sPM PST$/);
  });

  test("the zone list offers the reader's zone and UTC", () => {
    const zones = timeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(zones).toEqual([...zones].sort());
  });
});

describe("the guide's meeting rules, checked before saving", () => {
  const item = (title: string, minutes: number, kind: AgendaItem['kind'] = 'topic'): AgendaItem => ({ title, minutes, kind });

  test('one or two objectives an hour', () => {
    expect(maxObjectives(30)).toBe(1);
    expect(maxObjectives(60)).toBe(2);
    expect(maxObjectives(90)).toBe(3);
    expect(minDiscussion(90, 20)).toBe(18);
    expect(minDiscussion(90, 0)).toBe(0);
  });

  test('a plan that keeps the rules has nothing to say', () => {
    const summary = checkPlan(t, 60, ['Choose a theme', ''], [item('Welcome', 10), item('Discuss', 40, 'discussion')], 20);
    expect(summary.violations).toEqual([]);
    expect(summary).toMatchObject({ objectives: 1, maxObjectives: 2, agendaMinutes: 50, discussionMinutes: 40, minDiscussion: 12 });
  });

  test('each broken rule is said with its numbers', () => {
    const summary = checkPlan(t, 60, ['a', 'b', 'c'], [item('Welcome', 0), item('Long talk', 70)], 20);
    expect(summary.violations).toEqual([
      { field: 'objectives', message: expect.stringContaining('3 objectives for a 60-minute meeting; at most 2') },
      { field: 'agenda', message: 'Agenda item 1 ("Welcome") needs at least 1 minute.' },
      { field: 'agenda', message: expect.stringContaining('The agenda takes 70 minutes but the meeting lasts 60') },
      { field: 'agenda', message: expect.stringContaining('0 minutes of discussion and questions in a 60-minute meeting; at least 12 (20%)') },
    ]);
  });

  test('without a length the planner asks for one first', () => {
    expect(checkPlan(t, 0, ['a'], [], 20).violations).toEqual([
      { field: 'duration_minutes', message: "Give the meeting a length in minutes to check it against the guide's rules." },
    ]);
  });
});
