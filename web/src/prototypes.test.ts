import { describe, expect, it } from 'vitest';
import { nextPhase, xForDate } from './prototypesApi';

describe('prototype cycles', () => {
  it('moves through the four phases in order and stops after Act', () => {
    expect(nextPhase('plan')).toBe('do');
    expect(nextPhase('study')).toBe('act');
    expect(nextPhase('act')).toBeNull();
  });

  it('places a date between the run chart points around it, and nowhere outside them', () => {
    const points = [
      { date: '2026-01-01', x: 0 },
      { date: '2026-01-11', x: 100 },
      { date: '2026-02-01', x: 200 },
    ];
    expect(xForDate('2026-01-06', points)).toBe(50);
    expect(xForDate('2026-02-01', points)).toBe(200);
    expect(xForDate('2025-12-31', points)).toBeNull();
    expect(xForDate('2026-02-02', points)).toBeNull();
  });
});
