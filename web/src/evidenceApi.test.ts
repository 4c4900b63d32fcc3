import { describe, expect, it } from 'vitest';
import { boardColumns, themesAfterMove, type EvidenceEntry } from './evidenceApi';

const entry = (id: number, themeIds: number[]): EvidenceEntry => ({
  id, kind: 'empathy_interview', happened_on: '2026-10-01', participants: '', notes: '', quotes: [], data_view_id: null,
  theme_ids: themeIds, written_by: null, written_at: '2026-10-01T00:00:00Z', version: 1,
});
const themes = [{ id: 1, name: 'No adult knows', version: 1 }, { id: 2, name: 'Transport gaps', version: 1 }];

describe('the theme board', () => {
  it('puts untagged entries first and an entry with two themes in both columns', () => {
    const columns = boardColumns([entry(10, []), entry(11, [1, 2]), entry(12, [2])], themes);
    expect(columns.map((c) => [c.theme?.name ?? null, c.entries.map((e) => e.id)])).toEqual([
      [null, [10]], ['No adult knows', [11]], ['Transport gaps', [11, 12]],
    ]);
  });

  it('moves an entry from one theme to another, keeping its other themes', () => {
    expect(themesAfterMove(entry(11, [1, 2]), 1, 3)).toEqual([2, 3]);
    expect(themesAfterMove(entry(10, []), null, 1)).toEqual([1]);
    expect(themesAfterMove(entry(11, [1, 2]), 2, null)).toEqual([]);
    expect(themesAfterMove(entry(11, [1, 2]), 1, 2)).toEqual([2]);
  });
});
