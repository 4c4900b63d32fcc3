import { describe, expect, it } from 'vitest';
import { matchQuery } from './matchingApi';

describe('matchQuery', () => {
  it('always sends the need (an empty one stays empty) and only the filters and weights that are set', () => {
    const query = new URLSearchParams(
      matchQuery({ topics: ['mtss', 'foster_youth'], q: '', county: 'Fresno', kind: '', band: '0.5', withinKm: '100', weights: { declared: '20', mentor: '' } }),
    );
    expect(query.get('topics')).toBe('mtss,foster_youth');
    expect(query.get('q')).toBe('');
    expect(query.get('county')).toBe('Fresno');
    expect(query.has('kind')).toBe(false);
    expect(query.get('band')).toBe('0.5');
    expect(query.get('within_km')).toBe('100');
    expect(query.get('w_declared')).toBe('20');
    expect(query.has('w_mentor')).toBe(false);
    const anyDistance = new URLSearchParams(matchQuery({ topics: [], q: '', county: '', kind: '', band: '', withinKm: '', weights: {} }));
    expect(anyDistance.has('within_km')).toBe(false);
  });
});
