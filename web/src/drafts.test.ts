import { beforeEach, describe, expect, test, vi } from 'vitest';

// A reload: the page's modules start again, the browser's storage stays.
async function afterReload() {
  vi.resetModules();
  return import('./drafts');
}

const isAnswer = (value: unknown): value is { text: string } =>
  typeof value === 'object' && value !== null && typeof (value as { text: unknown }).text === 'string';

describe('drafts', () => {
  beforeEach(() => localStorage.clear());

  test('what someone typed is there again after a reload', async () => {
    const { writeDraft } = await import('./drafts');
    writeDraft('answer.4.q1', { text: 'Families told us **three** things' });
    const { readDraft } = await afterReload();
    expect(readDraft('answer.4.q1', isAnswer)).toEqual({ text: 'Families told us **three** things' });
  });

  test('a saved or discarded draft does not come back', async () => {
    const { writeDraft } = await import('./drafts');
    writeDraft('answer.4.q1', { text: 'typed' });
    writeDraft('answer.4.q1', null);
    const { readDraft } = await afterReload();
    expect(readDraft('answer.4.q1', isAnswer)).toBeNull();
  });

  test('drafts of different items do not mix', async () => {
    const { writeDraft, readDraft } = await import('./drafts');
    writeDraft('answer.4.q1', { text: 'first' });
    writeDraft('answer.4.q2', { text: 'second' });
    expect(readDraft('answer.4.q1', isAnswer)?.text).toBe('first');
    expect(readDraft('answer.4.q2', isAnswer)?.text).toBe('second');
  });

  test('a damaged or foreign value in storage is ignored, not shown', async () => {
    const { readDraft } = await import('./drafts');
    localStorage.setItem('trellis.draft.answer.4.q1', '{not json');
    expect(readDraft('answer.4.q1', isAnswer)).toBeNull();
    localStorage.setItem('trellis.draft.answer.4.q1', JSON.stringify({ text: 42 }));
    expect(readDraft('answer.4.q1', isAnswer)).toBeNull();
  });

  test('a full or unavailable storage does not break typing', async () => {
    const { writeDraft } = await import('./drafts');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => writeDraft('answer.4.q1', { text: 'typed' })).not.toThrow();
    setItem.mockRestore();
  });
});
