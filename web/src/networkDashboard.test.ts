import { describe, expect, it } from 'vitest';
import { filterRows, sortRows, stageOptions } from './networkDashboard';
import type { DashboardRow } from './networkProgressApi';

function row(id: number, name: string, district: string, progress: Partial<NonNullable<DashboardRow['progress']>> | null): DashboardRow {
  return {
    team: { id, name },
    organization: { id: district.length, name: district, role: 'peer' },
    shares: progress ? ['progress'] : ['meetings'],
    meetings: null,
    progress: progress && {
      guide: null,
      meetings_held: 0,
      last_meeting_at: null,
      next_meeting_at: null,
      median_days_between_meetings: null,
      follow_through: { share_on_time: null, median_days_late: null, items_carried_over: 0, open: 0, open_overdue: 0 },
      outreach_open: 0,
      coaching_hours_received: 0,
      ...progress,
    },
  };
}

const rows = [
  row(1, 'World Languages', 'Monterey', { meetings_held: 4, median_days_between_meetings: 14 }),
  row(2, 'MTSS', 'Monterey', null),
  row(3, 'Attendance', 'Lancaster', { meetings_held: 9, median_days_between_meetings: 7 }),
  row(4, 'Literacy', 'Lancaster', { meetings_held: 4, median_days_between_meetings: null }),
];

const guide = (stage: string | null) => ({
  id: 'ca-wl',
  title: { en: 'World languages guide', es: 'Guía de lenguas' },
  sections: 10,
  complete: stage ? 3 : 10,
  stage: stage ? { id: stage, title: { en: `Stage ${stage}`, es: `Etapa ${stage}` } } : null,
  section: null,
});
const staged = [
  row(5, 'Early', 'Monterey', { guide: guide('a'), coaching_hours_received: 12.5 }),
  row(6, 'Done', 'Lancaster', { guide: guide(null), coaching_hours_received: 0 }),
  row(7, 'Also early', 'Lancaster', { guide: guide('a') }),
  row(8, 'Hidden', 'Lancaster', null),
];

describe('sortRows', () => {
  it('sorts by a figure either way, ties by name, and keeps teams without the figure last', () => {
    expect(sortRows(rows, 'held', 'descending', 'en').map((r) => r.team.id)).toEqual([3, 4, 1, 2]);
    expect(sortRows(rows, 'held', 'ascending', 'en').map((r) => r.team.id)).toEqual([4, 1, 3, 2]);
    expect(sortRows(rows, 'cadence', 'ascending', 'en').map((r) => r.team.id)).toEqual([3, 1, 4, 2]);
    expect(sortRows(rows, 'cadence', 'descending', 'en').map((r) => r.team.id)).toEqual([1, 3, 4, 2]);
  });
  it('sorts names in the reader’s language', () => {
    expect(sortRows(rows, 'team', 'ascending', 'es').map((r) => r.team.name)).toEqual(['Attendance', 'Literacy', 'MTSS', 'World Languages']);
    expect(sortRows(rows, 'district', 'descending', 'en').map((r) => r.organization.name)).toEqual(['Monterey', 'Monterey', 'Lancaster', 'Lancaster']);
  });
});

describe('coaching hours', () => {
  it('sorts by the hours received, and teams that share no progress stay last', () => {
    expect(sortRows(staged, 'hours', 'descending', 'en').map((r) => r.team.id)).toEqual([5, 7, 6, 8]);
    expect(sortRows(staged, 'hours', 'ascending', 'en').map((r) => r.team.id)).toEqual([7, 6, 5, 8]);
  });
});

describe('the stage filter', () => {
  it('offers each stage once, in the order met, with a finished guide as its own choice', () => {
    expect(stageOptions(staged, 'es', 'completa')).toEqual([
      { value: 'ca-wl/a', label: 'Guía de lenguas: Etapa a' },
      { value: 'ca-wl/complete', label: 'Guía de lenguas: completa' },
    ]);
  });
  it('keeps the teams at that stage only; no stage keeps every team, those not sharing too', () => {
    expect(filterRows(staged, { districtId: null, text: '', stage: 'ca-wl/a' }).map((r) => r.team.id)).toEqual([5, 7]);
    expect(filterRows(staged, { districtId: null, text: '', stage: 'ca-wl/complete' }).map((r) => r.team.id)).toEqual([6]);
    expect(filterRows(staged, { districtId: null, text: '', stage: null })).toHaveLength(4);
  });
});

describe('filterRows', () => {
  it('keeps one district, and matches the text in a team or district name, any case', () => {
    expect(filterRows(rows, { districtId: 'Lancaster'.length, text: '' }).map((r) => r.team.id)).toEqual([3, 4]);
    expect(filterRows(rows, { districtId: null, text: ' mont' }).map((r) => r.team.id)).toEqual([1, 2]);
    expect(filterRows(rows, { districtId: 'Monterey'.length, text: 'lit' })).toEqual([]);
  });
});
