import { describe, expect, it } from 'vitest';
import { chartGeometry, parseNumber, verdict } from './assessments';

describe('assessments', () => {
  it('says nothing is assessed yet, fully implemented, or not yet', () => {
    expect(verdict({ assessments: [], fully_implemented: false })).toBe('none_yet');
    const one = [{}] as never;
    expect(verdict({ assessments: one, fully_implemented: true })).toBe('fully_implemented');
    expect(verdict({ assessments: one, fully_implemented: false })).toBe('not_yet');
  });

  it('reads numbers typed with a point or a comma', () => {
    expect(parseNumber(' 72 ')).toBe(72);
    expect(parseNumber('72,5')).toBe(72.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('seventy')).toBeNull();
  });

  it('puts rating 5 at the top, 1 at the bottom and terms left to right', () => {
    const g = chartGeometry(3);
    expect(g.y(5)).toBeLessThan(g.y(1));
    expect(g.x(0)).toBeLessThan(g.x(1));
    expect(g.x(2)).toBeLessThanOrEqual(g.width);
    expect(chartGeometry(1).x(0)).toBeGreaterThan(0);
  });
});
