import { describe, expect, it } from 'vitest';
import { agreementInput, emptyAgreementDraft, emptyEntryDraft, entryInput, entryWarnings, formatHours, localToday, parseUserNumbers, hoursBar, monthRows, monthScale, newestFirst, parseHours, projection, warningKey } from './agreements';
import type { CoachingEntry, KindHours } from './agreementsApi';

const hours = (kind: KindHours['kind'], purchased: number, used: number): KindHours => ({ kind, purchased, used, hourly_rate: null, over: used > purchased });

describe('formatHours', () => {
  it('writes at most two decimals and h', () => {
    expect(formatHours(12.5, 'en-US')).toBe('12.5 h');
    expect(formatHours(12.5, 'es-US')).toMatch(/^12[.,]5 h$/);
    expect(formatHours(3, 'en-US')).toBe('3 h');
    expect(formatHours(1.333, 'en-US')).toBe('1.33 h');
  });
});

describe('hoursBar', () => {
  it('fills by share and caps at 100', () => {
    expect(hoursBar(10, 40)).toEqual({ percent: 25, over: false });
    expect(hoursBar(50, 40)).toEqual({ percent: 100, over: true });
    expect(hoursBar(0, 0)).toEqual({ percent: 0, over: false });
    expect(hoursBar(2, 0)).toEqual({ percent: 100, over: true });
  });
});

describe('monthRows', () => {
  it('fills the months between and sums by kind', () => {
    const rows = monthRows([
      { month: '2026-12', kind: 'site_visit', used: 6 },
      { month: '2026-10', kind: 'virtual_coaching', used: 1.5 },
      { month: '2026-10', kind: 'site_visit', used: 4 },
    ]);
    expect(rows.map((r) => r.month)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(rows[0].byKind.site_visit).toBe(4);
    expect(rows[0].total).toBe(5.5);
    expect(rows[1].total).toBe(0);
    expect(monthScale(rows)).toBe(6);
  });
  it('crosses a year', () => {
    expect(monthRows([{ month: '2026-12', kind: 'site_visit', used: 1 }, { month: '2027-01', kind: 'site_visit', used: 1 }]).map((r) => r.month)).toEqual(['2026-12', '2027-01']);
  });
  it('is empty with no hours', () => {
    expect(monthRows([])).toEqual([]);
    expect(monthScale([])).toBe(1);
  });
});

describe('warningKey', () => {
  it('chooses the text by level', () => {
    expect(warningKey(null)).toBeNull();
    expect(warningKey('80')).toBe('agreements.warning.near');
    expect(warningKey('100')).toBe('agreements.warning.full');
  });
});

describe('projection', () => {
  const base = { ends_on: '2027-06-30', used_total: 10, used_share: 0.5 };
  it('says when hours run out', () => {
    expect(projection({ ...base, projected_exhaustion_on: '2027-03-01' })).toEqual({ key: 'agreements.projection.runsOut', date: '2027-03-01' });
  });
  it('says they last past the end', () => {
    expect(projection({ ...base, projected_exhaustion_on: '2027-09-01' })).toEqual({ key: 'agreements.projection.lasts', date: '2027-09-01' });
  });
  it('says spent at 100%', () => {
    expect(projection({ ...base, used_share: 1.1, projected_exhaustion_on: null })).toEqual({ key: 'agreements.projection.spent' });
  });
  it('says nothing used yet', () => {
    expect(projection({ ...base, used_total: 0, used_share: 0, projected_exhaustion_on: null })).toEqual({ key: 'agreements.projection.none' });
  });
});

describe('entryWarnings', () => {
  const agreement = { starts_on: '2026-08-01', ends_on: '2027-06-30', hours: [hours('site_visit', 10, 8)] };
  it('warns outside the dates', () => {
    expect(entryWarnings(agreement, { date: '2027-07-01', kind: 'site_visit', hours: 1 }).outsideDates).toBe(true);
    expect(entryWarnings(agreement, { date: '2026-08-01', kind: 'site_visit', hours: 1 }).outsideDates).toBe(false);
  });
  it('warns over the hours of the kind', () => {
    expect(entryWarnings(agreement, { date: '2026-09-01', kind: 'site_visit', hours: 3 }).overHours).toBe(true);
    expect(entryWarnings(agreement, { date: '2026-09-01', kind: 'site_visit', hours: 2 }).overHours).toBe(false);
    expect(entryWarnings(agreement, { date: '2026-09-01', kind: 'virtual_coaching', hours: 1 }).overHours).toBe(true);
  });
  it('does not count the edited entry twice', () => {
    expect(entryWarnings(agreement, { date: '2026-09-01', kind: 'site_visit', hours: 4 }, { kind: 'site_visit', hours: 2 }).overHours).toBe(false);
  });
});

describe('newestFirst and parseHours', () => {
  it('orders by date then id', () => {
    const e = (id: number, date: string) => ({ id, date }) as CoachingEntry;
    expect(newestFirst([e(1, '2026-09-01'), e(3, '2026-10-01'), e(2, '2026-09-01')]).map((x) => x.id)).toEqual([3, 2, 1]);
  });
  it('reads hours', () => {
    expect(parseHours('1.5')).toBe(1.5);
    expect(parseHours('1,25')).toBe(1.25);
    expect(Number.isNaN(parseHours('abc'))).toBe(true);
    expect(Number.isNaN(parseHours('1.234'))).toBe(true);
  });
});

const t = (key: string) => key;

describe('agreementInput', () => {
  it('names the fields missing', () => {
    const built = agreementInput(t, emptyAgreementDraft(), 1);
    expect('errors' in built && Object.keys(built.errors).sort()).toEqual(['ends_on', 'mentor_organization_id', 'peer_organization_ids', 'starts_on', 'title']);
  });
  it('sends every kind in order, the peers without the mentor and the parties liaisons', () => {
    const draft = {
      ...emptyAgreementDraft(),
      title: ' MOU ', startsOn: '2026-08-01', endsOn: '2027-06-30', mentorId: '2', peerIds: ['2', '3'],
      otherCoaches: '7, 8', coachIds: ['7'], liaisons: { '1': '5', '3': '9', '4': '11' },
    };
    draft.hours = { ...draft.hours, site_visit: { purchased: '40', rate: '150' } };
    const built = agreementInput(t, draft, 1);
    if (!('input' in built)) throw new Error(JSON.stringify(built));
    expect(built.input.title).toBe('MOU');
    expect(built.input.peer_organization_ids).toEqual([3]);
    expect(built.input.hours.map((h) => h.kind)).toEqual(['site_visit', 'virtual_coaching', 'professional_learning', 'network_meeting']);
    expect(built.input.hours[0]).toEqual({ kind: 'site_visit', purchased: 40, hourly_rate: 150 });
    expect(built.input.coach_user_ids).toEqual([7, 8]);
    expect(built.input.liaisons).toEqual([{ organization_id: 1, user_id: 5 }, { organization_id: 3, user_id: 9 }]);
    expect(built.liaisonOrgs).toEqual(['1', '3']);
  });
  it('refuses an end before the start and bad hours', () => {
    const draft = { ...emptyAgreementDraft(), title: 'x', startsOn: '2026-08-01', endsOn: '2026-07-01', mentorId: '2', peerIds: ['3'] };
    draft.hours = { ...draft.hours, virtual_coaching: { purchased: 'ten', rate: '' } };
    const built = agreementInput(t, draft, 1);
    expect('errors' in built && built.errors).toEqual({ ends_on: 'agreements.check.endsBeforeStart', 'hours[1].purchased': 'agreements.check.hours' });
  });
  it('reads user numbers', () => {
    expect(parseUserNumbers('')).toEqual([]);
    expect(parseUserNumbers('3, 4')).toEqual([3, 4]);
    expect(parseUserNumbers('a')).toBeNull();
  });
});

describe('entryInput', () => {
  it('checks hours, teams, focus and the steps', () => {
    const draft = { ...emptyEntryDraft('2026-10-01'), hours: '30', steps: [{ key: 1, teamId: '4', title: '', owner: '', due: '' }] };
    const built = entryInput(t, draft);
    expect('errors' in built && Object.keys(built.errors).sort()).toEqual(
      ['focus', 'hours', 'next_steps[0].due_on', 'next_steps[0].team_id', 'next_steps[0].title', 'team_ids'],
    );
  });
  it('builds the entry with its next steps', () => {
    const draft = {
      ...emptyEntryDraft('2026-10-01'), hours: '2.5', teamIds: ['4'], focus: ' Data chats ',
      steps: [{ key: 1, teamId: '4', title: 'Try the protocol', owner: '12', due: '2026-10-15' }],
    };
    const built = entryInput(t, draft);
    if (!('input' in built)) throw new Error(JSON.stringify(built));
    expect(built.input).toMatchObject({ date: '2026-10-01', kind: 'site_visit', hours: 2.5, team_ids: [4], focus: 'Data chats', follow_up_on: null });
    expect(built.input.next_steps).toEqual([{ team_id: 4, title: 'Try the protocol', owner_member_id: 12, due_on: '2026-10-15' }]);
    expect(built.input.coach_user_ids).toBeUndefined();
  });
  it('knows today', () => {
    expect(localToday(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
