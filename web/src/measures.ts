// Pure logic of the measures pages (issue 13): which points are in which signal, the signals in words, values with
// their unit, and the run chart's scales. The server computes the median and the signals; the app only shows them.
import type { Measure, MeasurePoint, MeasureRuns, MeasureSignal, SignalRule } from './api';
import { dateLocale, formatDate, formatNumber } from './format';
import { dateTimeFormat } from './intl';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The fewest useful points (not on the median) the runs test needs (docs/openapi.json, MeasureRuns). */
export const RUNS_TEST_MIN_POINTS = 10;

/** A value with its unit: "12.5%" for a percentage, "12 students" otherwise. */
export function withUnit(value: number, unit: string): string {
  const number = formatNumber(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** The rules each point is part of, by date (a point may be in a shift and a trend at once). */
export function signalsByDate(signals: MeasureSignal[]): Map<string, SignalRule[]> {
  const byDate = new Map<string, SignalRule[]>();
  for (const signal of signals) {
    for (const date of signal.dates) {
      const rules = byDate.get(date) ?? [];
      if (!rules.includes(signal.rule)) rules.push(signal.rule);
      byDate.set(date, rules);
    }
  }
  return byDate;
}

/** A civil date (`YYYY-MM-DD`) as a time at midnight UTC, so that no time zone moves it to another day. */
const civil = (date: string) => new Date(`${date}T00:00:00Z`);

function formatMonth(date: string, withYear: boolean): string {
  const options: Intl.DateTimeFormatOptions = withYear ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', timeZone: 'UTC' };
  return dateTimeFormat(dateLocale(), options).format(civil(date));
}

/**
 * The span of a signal in words, for the sentence's "from … to …": months ("March" and "August 2026") when the
 * points are in different months, full dates when they are in the same month.
 */
export function dateSpan(from: string, to: string): { from: string; to: string } {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  if (from.slice(0, 7) === to.slice(0, 7)) return { from: formatDate(from), to: formatDate(to) };
  return { from: formatMonth(from, !sameYear), to: formatMonth(to, true) };
}

/** The points of a signal, in date order. */
function pointsOf(signal: MeasureSignal, points: MeasurePoint[]): MeasurePoint[] {
  const dates = new Set(signal.dates);
  return points.filter((p) => dates.has(p.date));
}

/** One sentence for a shift or a trend; null when its points are not among the measure's points. */
export function patternSentence(t: T, signal: MeasureSignal, measure: Pick<Measure, 'points' | 'median'>): string | null {
  const points = pointsOf(signal, measure.points);
  if (!points.length) return null;
  const first = points[0];
  const last = points[points.length - 1];
  const span = dateSpan(first.date, last.date);
  const count = points.length;
  if (signal.rule === 'shift') {
    const median = measure.median ?? 0;
    const above = points.filter((p) => p.value > median).length;
    const side = above > points.filter((p) => p.value < median).length ? 'Above' : 'Below';
    return t(`measure.sentence.shift${side}`, { points: count, ...span });
  }
  const way = last.value > first.value ? 'Up' : 'Down';
  return t(`measure.sentence.trend${way}`, { points: count, ...span });
}

/** The runs test in one sentence: not enough points yet, or the runs counted against the expected range. */
export function runsSentence(t: T, runs: MeasureRuns): string {
  if (runs.verdict === 'not_enough_points' || runs.lower_limit === null || runs.upper_limit === null) {
    return t('measure.sentence.notEnough', { useful: runs.useful_points, needed: RUNS_TEST_MIN_POINTS });
  }
  const range = { count: runs.runs, lower: runs.lower_limit, upper: runs.upper_limit };
  if (runs.verdict === 'too_few') return t('measure.sentence.tooFew', range);
  if (runs.verdict === 'too_many') return t('measure.sentence.tooMany', range);
  return t('measure.sentence.expected', range);
}

/** Every signal of the chart in words: shifts and trends in date order, then the runs test. */
export function signalSentences(t: T, measure: Pick<Measure, 'points' | 'median' | 'signals' | 'runs'>): string[] {
  const patterns = measure.signals
    .filter((s) => s.rule !== 'runs')
    .map((s) => ({ start: [...s.dates].sort()[0] ?? '', sentence: patternSentence(t, s, measure) }))
    .filter((s): s is { start: string; sentence: string } => s.sentence !== null)
    .sort((a, b) => a.start.localeCompare(b.start));
  return [...patterns.map((p) => p.sentence), runsSentence(t, measure.runs)];
}

/** The rules' names, joined for a list or a summary ("shift, trend"); the "none" text when there are none. */
export function ruleNames(t: T, rules: readonly SignalRule[], none: string): string {
  return rules.length ? rules.map((rule) => t(`measure.rule.${rule}`)).join(', ') : none;
}

// The run chart, drawn in a fixed coordinate system (viewBox) that the browser scales to the width available.
export const CHART = { width: 400, height: 260, left: 48, right: 12, top: 20, bottom: 36 } as const;

export interface ChartPoint {
  date: string;
  value: number;
  x: number;
  y: number;
  inSignal: boolean;
  /** The team judges it far outside the rest. */
  astronomical: boolean;
  /** The number of its note (1 for the first point with a note), or null without a note. */
  noteNumber: number | null;
}

export interface ChartLayout {
  points: ChartPoint[];
  /** The median line's height, or null without a median. */
  medianY: number | null;
  yTicks: { value: number; y: number }[];
  xTicks: { date: string; x: number }[];
}

/** A step of 1, 2 or 5 times a power of ten that cuts `span` into about `count` parts. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

/** The y axis's range and ticks: round numbers that cover every value and the median. */
export function yAxis(values: number[]): { min: number; max: number; ticks: number[] } {
  if (!values.length) return { min: 0, max: 1, ticks: [0, 1] };
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= Math.abs(low) / 10 || 1;
    high += Math.abs(high) / 10 || 1;
  }
  const step = niceStep(high - low);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min, max, ticks };
}

/** Which point indexes get a date under the x axis: the first, the last, and evenly between, at most `most`. */
export function xTickIndexes(count: number, most = 4): number[] {
  if (count <= 0) return [];
  if (count <= most) return Array.from({ length: count }, (_, i) => i);
  const indexes = new Set<number>();
  for (let k = 0; k < most; k++) indexes.add(Math.round((k * (count - 1)) / (most - 1)));
  return [...indexes].sort((a, b) => a - b);
}

/** Where each point, the median and the ticks go in the chart's coordinates (points evenly spaced in date order). */
export function chartLayout(points: MeasurePoint[], median: number | null, signals: MeasureSignal[]): ChartLayout {
  const inSignal = signalsByDate(signals);
  const notes = noteNumbers(points);
  const axis = yAxis(median === null ? points.map((p) => p.value) : [...points.map((p) => p.value), median]);
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const x = (i: number) => CHART.left + (points.length > 1 ? (i * plotWidth) / (points.length - 1) : plotWidth / 2);
  const y = (v: number) => CHART.top + plotHeight - ((v - axis.min) / (axis.max - axis.min)) * plotHeight;
  return {
    points: points.map((p, i) => ({
      date: p.date,
      value: p.value,
      x: x(i),
      y: y(p.value),
      inSignal: inSignal.has(p.date),
      astronomical: !!p.astronomical,
      noteNumber: notes.get(p.date) ?? null,
    })),
    medianY: median === null ? null : y(median),
    yTicks: axis.ticks.map((value) => ({ value, y: y(value) })),
    xTicks: xTickIndexes(points.length).map((i) => ({ date: points[i].date, x: x(i) })),
  };
}

/** A short date for the x axis: "Mar 2026". */
export function shortMonth(date: string): string {
  return dateTimeFormat(dateLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(civil(date));
}

/** The Content-Type to send a spreadsheet's text with: tab-separated for a .tsv file or a first line with a tab. */
export function importContentType(filename: string, text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return /\.tsv$/i.test(filename) || firstLine.includes('\t') ? 'text/tab-separated-values' : 'text/csv';
}

/** The points that have a note, numbered in date order from 1: the numbers the chart and the table share. */
export function noteNumbers(points: { date: string; note?: string | null }[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const p of points) if (p.note?.trim()) numbers.set(p.date, numbers.size + 1);
  return numbers;
}
