import { describe, expect, it } from 'vitest';
import { libraryQuery } from './libraryApi';

describe('libraryQuery', () => {
  it('sends only the filters that are set, the words trimmed', () => {
    expect(libraryQuery({ q: '  referral flow ', topic: '', grades: '', scope: '' })).toBe('q=referral+flow');
    expect(libraryQuery({ q: '', topic: 'mtss', grades: ' 3-5 ', scope: 'network' })).toBe('topic=mtss&grades=3-5&scope=network');
    expect(libraryQuery({ q: '', topic: '', grades: '', scope: '' })).toBe('');
  });
});
