import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../api';
import { formatDate, formatNumber } from '../../format';
import { CHART, chartLayout, ruleNames, shortMonth, withUnit, type ChartPoint } from '../../measures';
import type { CycleMark } from '../../prototypesApi';
import { CycleMarksLayer } from '../prototypes/RunChartMarks';

const SIGNAL_SIZE = 6;

/** A point: a circle, or, when it is part of a signal, a larger square in another colour (shape and colour both). */
function Mark({ point }: { point: ChartPoint }) {
  if (!point.inSignal) return <circle className="run-chart-point" cx={point.x} cy={point.y} r={4} />;
  return (
    <rect
      className="run-chart-signal"
      x={point.x - SIGNAL_SIZE}
      y={point.y - SIGNAL_SIZE}
      width={SIGNAL_SIZE * 2}
      height={SIGNAL_SIZE * 2}
      transform={`rotate(45 ${point.x} ${point.y})`}
    />
  );
}

/** A ring around an astronomical point, and a dotted line with its number above a point that has a note. */
function Annotations({ point }: { point: ChartPoint }) {
  return (
    <>
      {point.noteNumber !== null && (
        <g className="run-chart-note">
          <line x1={point.x} y1={CHART.top} x2={point.x} y2={CHART.height - CHART.bottom} />
          <text x={point.x} y={CHART.top - 4} textAnchor="middle">
            {point.noteNumber}
          </text>
        </g>
      )}
      {point.astronomical && <circle className="run-chart-astronomical" cx={point.x} cy={point.y} r={10} />}
    </>
  );
}

function xAnchor(x: number): 'start' | 'middle' | 'end' {
  if (x > CHART.width - CHART.right - 30) return 'end';
  if (x < CHART.left + 10) return 'start';
  return 'middle';
}

function Axes({ layout }: { layout: ReturnType<typeof chartLayout> }) {
  const bottom = CHART.height - CHART.bottom;
  return (
    <g className="run-chart-axes">
      <line x1={CHART.left} y1={CHART.top} x2={CHART.left} y2={bottom} />
      <line x1={CHART.left} y1={bottom} x2={CHART.width - CHART.right} y2={bottom} />
      {layout.yTicks.map((tick) => (
        <g key={tick.value}>
          <line className="run-chart-grid" x1={CHART.left} y1={tick.y} x2={CHART.width - CHART.right} y2={tick.y} />
          <text x={CHART.left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
            {formatNumber(tick.value)}
          </text>
        </g>
      ))}
      {layout.xTicks.map((tick) => (
        // The first and last dates lean inwards so that they stay inside the chart.
        <text key={tick.date} x={tick.x} y={bottom + 20} textAnchor={xAnchor(tick.x)}>
          {shortMonth(tick.date)}
        </text>
      ))}
    </g>
  );
}

/** The chart's summary for screen readers (the table after it lists every point). */
function useSummary(measure: Measure): string {
  const { t } = useTranslation();
  const { points } = measure;
  const rules = [...new Set(measure.signals.map((s) => s.rule))];
  return t('measure.chart.label', {
    name: measure.name,
    count: points.length,
    from: formatDate(points[0]?.date),
    to: formatDate(points[points.length - 1]?.date),
    median: measure.median === null ? '—' : withUnit(measure.median, measure.unit),
    signals: ruleNames(t, rules, t('measure.noSignals')),
  }) + notesSentence(t, measure);
}

function notesSentence(t: (key: string, options?: Record<string, unknown>) => string, measure: Measure): string {
  const dated = measure.points.filter((p) => p.note?.trim()).map((p) => formatDate(p.date));
  return dated.length ? ` ${t('measure.chart.notes', { dates: dated.join('; ') })}` : '';
}

/** One entry of the chart's key: a small drawing of the mark, then what it means. */
function LegendItem({ width, height, label, children }: { width: number; height: number; label: string; children: ReactNode }) {
  return (
    <li>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        {children}
      </svg>{' '}
      {label}
    </li>
  );
}

function Legend({ cycles }: { cycles: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="run-chart-legend" aria-label={t('measure.chart.legend')}>
      <LegendItem width={16} height={16} label={t('measure.chart.legendPoint')}>
        <circle className="run-chart-point" cx="8" cy="8" r="4" />
      </LegendItem>
      <LegendItem width={16} height={16} label={t('measure.chart.legendSignal')}>
        <rect className="run-chart-signal" x="3" y="3" width="10" height="10" transform="rotate(45 8 8)" />
      </LegendItem>
      <LegendItem width={24} height={16} label={t('measure.chart.legendMedian')}>
        <line className="run-chart-median" x1="0" y1="8" x2="24" y2="8" />
      </LegendItem>
      <LegendItem width={24} height={24} label={t('measure.chart.legendAstronomical')}>
        <circle className="run-chart-point" cx="12" cy="12" r="4" />
        <circle className="run-chart-astronomical" cx="12" cy="12" r="10" />
      </LegendItem>
      <LegendItem width={16} height={24} label={t('measure.chart.legendNote')}>
        <line className="run-chart-note" x1="8" y1="0" x2="8" y2="24" />
      </LegendItem>
      {cycles && (
        <LegendItem width={24} height={16} label={t('prototypes.legendCycle')}>
          <rect className="run-chart-cycle-key" x="0" y="0" width="24" height="16" />
        </LegendItem>
      )}
    </ul>
  );
}

/** The run chart: points in date order joined by a line, the median, and the points of a signal marked. */
export function RunChart({ measure, cycleMarks = [] }: { measure: Measure; cycleMarks?: CycleMark[] }) {
  const { t } = useTranslation();
  const summary = useSummary(measure);
  if (!measure.points.length) return <p>{t('measure.chart.empty')}</p>;
  const layout = chartLayout(measure.points, measure.median, measure.signals);
  const line = layout.points.map((p) => `${p.x},${p.y}`).join(' ');
  return (
    <figure className="run-chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${CHART.width} ${CHART.height}`} width="100%" preserveAspectRatio="xMidYMid meet">
        <Axes layout={layout} />
        <CycleMarksLayer marks={cycleMarks} points={layout.points} />
        {layout.medianY !== null && measure.median !== null && (
          <g>
            <line className="run-chart-median" x1={CHART.left} y1={layout.medianY} x2={CHART.width - CHART.right} y2={layout.medianY} />
            <text className="run-chart-median-label" x={CHART.width - CHART.right} y={layout.medianY - 6} textAnchor="end">
              {t('measure.chart.median', { value: withUnit(measure.median, measure.unit) })}
            </text>
          </g>
        )}
        {layout.points.map((p) => (
          <Annotations key={`note-${p.date}`} point={p} />
        ))}
        <polyline className="run-chart-line" points={line} />
        {layout.points.map((p) => (
          <Mark key={p.date} point={p} />
        ))}
      </svg>
      <Legend cycles={cycleMarks.length > 0} />
    </figure>
  );
}
