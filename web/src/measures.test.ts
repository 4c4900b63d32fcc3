import { afterEach, describe, expect, test } from 'vitest';
import i18n, { switchLanguage } from './i18n';
import type { Measure, MeasurePoint, MeasureRuns, MeasureSignal } from './api';
import {
  CHART,
  chartLayout,
  dateSpan,
  noteNumbers,
  importContentType,
  niceStep,
  patternSentence,
  ruleNames,
  runsSentence,
  shortMonth,
  signalSentences,
  signalsByDate,
  withUnit,
  xTickIndexes,
  yAxis,
} from './measures';

const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);

/** Monthly points on the first of each month from `start` (YYYY-MM), with these values. */
function monthly(start: string, values: number[]): MeasurePoint[] {
  const [year, month] = start.split('-').map(Number);
  return values.map((value, i) => {
    const m = month - 1 + i;
    const date = `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    return { date, value, note: '', astronomical: false };
  });
}

const notEnough: MeasureRuns = { verdict: 'not_enough_points', useful_points: 7, runs: 3, lower_limit: null, upper_limit: null };

describe('measures: signals in words', () => {
  afterEach(async () => {
    await switchLanguage('en');
  });

  test('a shift below the median, in months, in English and Spanish', async () => {
    const points = monthly('2026-01', [20, 21, 12, 11, 10, 12, 11, 9]);
    const shift: MeasureSignal = { rule: 'shift', dates: points.slice(2).map((p) => p.date) };
    const measure = { points, median: 15, signals: [shift], runs: notEnough };
    expect(patternSentence(t, shift, measure)).toBe('6 points in a row below the median from March to August 2026: a shift.');
    await switchLanguage('es');
    expect(patternSentence(t, shift, measure)).toBe(
      '6 puntos seguidos por debajo de la mediana de marzo a agosto de 2026: un desplazamiento.',
    );
  });

  test('a point on the median inside a shift does not decide its side', () => {
    const points = monthly('2026-01', [15, 10, 9, 8, 9, 7, 8]);
    const shift: MeasureSignal = { rule: 'shift', dates: points.map((p) => p.date) };
    expect(patternSentence(t, shift, { points, median: 15 })).toBe('7 points in a row below the median from January to July 2026: a shift.');
  });

  test('a shift above the median across a new year names both years', () => {
    const points = monthly('2025-10', [30, 31, 32, 30, 33, 34]);
    const shift: MeasureSignal = { rule: 'shift', dates: points.map((p) => p.date) };
    expect(patternSentence(t, shift, { points, median: 20 })).toBe(
      '6 points in a row above the median from October 2025 to March 2026: a shift.',
    );
  });

  test('a trend going down and one going up', () => {
    const points = monthly('2026-01', [20, 18, 15, 12, 10, 14, 16, 17, 19, 22]);
    const down: MeasureSignal = { rule: 'trend', dates: points.slice(0, 5).map((p) => p.date) };
    const up: MeasureSignal = { rule: 'trend', dates: points.slice(4).map((p) => p.date) };
    expect(patternSentence(t, down, { points, median: 16 })).toBe('5 points in a row going down from January to May 2026: a trend.');
    expect(patternSentence(t, up, { points, median: 16 })).toBe('6 points in a row going up from May to October 2026: a trend.');
  });

  test('points within one month are named by their full dates', () => {
    expect(dateSpan('2026-03-02', '2026-03-30')).toEqual({ from: 'March 2, 2026', to: 'March 30, 2026' });
  });

  test('a signal whose dates are not among the points says nothing', () => {
    expect(patternSentence(t, { rule: 'shift', dates: ['2020-01-01'] }, { points: monthly('2026-01', [1]), median: 1 })).toBeNull();
  });

  test('the runs test: not enough points, too many, too few, as expected', async () => {
    expect(runsSentence(t, notEnough)).toBe('Not enough points for the runs test yet: 7 of the 10 needed.');
    const limits = { useful_points: 20, lower_limit: 6, upper_limit: 16 };
    expect(runsSentence(t, { ...limits, verdict: 'too_many', runs: 17 })).toBe('17 runs where 6 to 16 are expected: too many runs.');
    expect(runsSentence(t, { ...limits, verdict: 'too_few', runs: 1 })).toBe('1 run where 6 to 16 are expected: too few runs.');
    expect(runsSentence(t, { ...limits, verdict: 'expected', runs: 11 })).toBe(
      '11 runs where 6 to 16 are expected: no signal from the runs test.',
    );
    await switchLanguage('es');
    expect(runsSentence(t, notEnough)).toBe('Todavía no hay suficientes puntos para la prueba de corridas: 7 de los 10 necesarios.');
    expect(runsSentence(t, { ...limits, verdict: 'too_many', runs: 17 })).toBe(
      '17 corridas cuando se esperan de 6 a 16: demasiadas corridas.',
    );
  });

  test('every signal: shifts and trends in date order, then the runs test; the runs signal has no sentence of its own', () => {
    const points = monthly('2026-01', [20, 18, 15, 12, 10, 9, 8, 9, 7, 8]);
    const shift: MeasureSignal = { rule: 'shift', dates: points.slice(4).map((p) => p.date) };
    const trend: MeasureSignal = { rule: 'trend', dates: points.slice(0, 7).map((p) => p.date) };
    const runs: MeasureSignal = { rule: 'runs', dates: points.map((p) => p.date) };
    const sentences = signalSentences(t, { points, median: 11, signals: [shift, runs, trend], runs: { ...notEnough, useful_points: 9 } });
    expect(sentences).toEqual([
      '7 points in a row going down from January to July 2026: a trend.',
      '6 points in a row below the median from May to October 2026: a shift.',
      'Not enough points for the runs test yet: 9 of the 10 needed.',
    ]);
  });

  test('rule names for a list, with a word for none', async () => {
    expect(ruleNames(t, ['shift', 'runs'], 'none')).toBe('shift, too few or too many runs');
    expect(ruleNames(t, [], 'none')).toBe('none');
    await switchLanguage('es');
    expect(ruleNames(t, ['shift', 'trend'], '')).toBe('desplazamiento, tendencia');
  });

  test('which point is in which signal', () => {
    const byDate = signalsByDate([
      { rule: 'shift', dates: ['2026-01-01', '2026-02-01'] },
      { rule: 'trend', dates: ['2026-02-01'] },
      { rule: 'shift', dates: ['2026-02-01'] },
    ]);
    expect(byDate.get('2026-01-01')).toEqual(['shift']);
    expect(byDate.get('2026-02-01')).toEqual(['shift', 'trend']);
    expect(byDate.has('2026-03-01')).toBe(false);
  });
});

describe('measures: values and dates', () => {
  afterEach(async () => {
    await switchLanguage('en');
  });

  test('a value with its unit', () => {
    expect(withUnit(12.5, '%')).toBe('12.5%');
    expect(withUnit(1250, 'students')).toBe('1,250 students');
    expect(withUnit(3, '')).toBe('3');
  });

  test('civil dates stay on their day and month in California (no time-zone shift)', async () => {
    // vite.config.ts puts the reader in America/Los_Angeles, where midnight UTC on the 1st is still the month before.
    expect(shortMonth('2026-03-01')).toBe('Mar 2026');
    expect(dateSpan('2026-03-01', '2026-08-01')).toEqual({ from: 'March', to: 'August 2026' });
    await switchLanguage('es');
    expect(dateSpan('2026-03-01', '2026-08-01')).toEqual({ from: 'marzo', to: 'agosto de 2026' });
  });
});

describe('measures: the run chart’s scales', () => {
  test('round steps', () => {
    expect(niceStep(10)).toBe(5);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0.3)).toBe(0.1);
    expect(niceStep(0)).toBe(1);
  });

  test('the y axis covers every value in round ticks; a flat series still gets a range', () => {
    expect(yAxis([9.5, 21.2])).toEqual({ min: 5, max: 25, ticks: [5, 10, 15, 20, 25] });
    const flat = yAxis([10, 10]);
    expect(flat.min).toBeLessThan(10);
    expect(flat.max).toBeGreaterThan(10);
    expect(yAxis([])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });

  test('dates under the x axis: all when few, else the first, the last and evenly between', () => {
    expect(xTickIndexes(3)).toEqual([0, 1, 2]);
    expect(xTickIndexes(4)).toEqual([0, 1, 2, 3]);
    expect(xTickIndexes(13)).toEqual([0, 4, 8, 12]);
    expect(xTickIndexes(13, 5)).toEqual([0, 3, 6, 9, 12]);
    expect(xTickIndexes(0)).toEqual([]);
  });

  test('points spread across the plot in date order, higher values higher up, the median between', () => {
    const points = monthly('2026-01', [10, 20, 15]);
    const layout = chartLayout(points, 15, [{ rule: 'shift', dates: ['2026-02-01'] }]);
    const [a, b, c] = layout.points;
    expect(a.x).toBe(CHART.left);
    expect(c.x).toBe(CHART.width - CHART.right);
    expect(b.x).toBeCloseTo((a.x + c.x) / 2);
    expect(b.y).toBeLessThan(a.y);
    expect(layout.medianY).toBeCloseTo(c.y);
    expect(layout.points.map((p) => p.inSignal)).toEqual([false, true, false]);
    for (const p of layout.points) {
      expect(p.y).toBeGreaterThanOrEqual(CHART.top);
      expect(p.y).toBeLessThanOrEqual(CHART.height - CHART.bottom);
    }
    expect(layout.xTicks.map((tick) => tick.date)).toEqual(points.map((p) => p.date));
  });

  test('a single point sits in the middle; no points, no median', () => {
    const one = chartLayout(monthly('2026-01', [4]), 4, []);
    expect(one.points[0].x).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
    expect(chartLayout([], null, []).medianY).toBeNull();
  });
});

// The type is used so that a change of the API's Measure shows here too.
export type Checked = Pick<Measure, 'points' | 'median' | 'signals' | 'runs'>;

describe('importContentType', () => {
  test('sends a .tsv file, or one whose first line has a tab, as tab-separated values', () => {
    expect(importContentType('points.tsv', 'date,value\n')).toBe('text/tab-separated-values');
    expect(importContentType('points.txt', 'date\tvalue\n2025-10-01\t12\n')).toBe('text/tab-separated-values');
    expect(importContentType('points.csv', 'date,value\n2025-10-01,12\n')).toBe('text/csv');
  });
});

describe('noteNumbers', () => {
  test('numbers the points with a note in date order, skipping blank notes', () => {
    const numbers = noteNumbers([
      { date: '2025-09-01', note: 'PDSA 1 starts' },
      { date: '2025-10-01', note: '' },
      { date: '2025-11-01', note: '  ' },
      { date: '2025-12-01', note: 'Prototype' },
      { date: '2026-01-01' },
    ]);
    expect([...numbers]).toEqual([
      ['2025-09-01', 1],
      ['2025-12-01', 2],
    ]);
  });
});
