import { useTranslation } from 'react-i18next';
import type { Direction, GroupResult } from '../../dataApi';
import { formatRatio, groupName } from '../../dataLabels';
import { ChartLegend } from './ChartLegend';
import { useChartWidth } from './useChartWidth';

const TOP = 22;
const BAR = 16;

/**
 * Each group's rate ratio (its rate against everyone else's) as a bar, with the parity line at 1 and the
 * threshold that flags a group as a dashed line. A group too small to judge is drawn as an outline, its ratio
 * capped at the edge. aria-hidden: the table holds the figures and flags. On a narrow screen each group's
 * name goes above its bar.
 */
export function RatioChart({ groups, direction, threshold }: { groups: GroupResult[]; direction: Direction; threshold: number }) {
  const { t } = useTranslation();
  const { ref, width, wide } = useChartWidth();
  const rows = groups.filter((g) => g.group !== 'ALL');
  if (!rows.length) return null;
  const label = wide ? 260 : 0;
  const nameRow = wide ? 0 : 18;
  const rowHeight = BAR + 12 + nameRow;
  const right = wide ? 230 : 48; // room for the value (and, when wide, "too few to judge") after a bar
  // The scale follows the groups that can be judged; a tiny group's extreme ratio is capped at the edge.
  const max = Math.max(2, threshold * 1.2, ...rows.filter((g) => g.flag !== 'small_n').map((g) => (g.rate_ratio ?? 0) * 1.1));
  const scale = (value: number) => ((width - label - right) * Math.min(value, max)) / max;
  const height = TOP + rows.length * rowHeight + 4;
  const lean = threshold < 1 ? 1 : -1; // the two reference labels lean away from each other
  return (
    <figure className="chart" ref={ref}>
      <figcaption>{t(`data.chart.ratioCaption.${direction}`, { threshold: formatRatio(threshold) })}</figcaption>
      <ChartLegend
        entries={[
          { swatch: 'numerator', label: t('data.chart.ratio') },
          { swatch: 'flagged', label: t('data.chart.flagged') },
          { swatch: 'small', label: t('data.flag.small_n') },
          { swatch: 'threshold', label: t('data.chart.threshold', { threshold: formatRatio(threshold) }) },
        ]}
      />
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
        <line className="chart-axis" x1={label} x2={label} y1={TOP - 4} y2={height} />
        <line className="chart-parity" x1={label + scale(1)} x2={label + scale(1)} y1={TOP - 4} y2={height} />
        <text className="chart-label" x={label + scale(1) + 4 * lean} y={12} textAnchor={lean > 0 ? 'start' : 'end'}>
          {formatRatio(1)}
        </text>
        <line className="chart-threshold" x1={label + scale(threshold)} x2={label + scale(threshold)} y1={TOP - 4} y2={height} />
        <text className="chart-label" x={label + scale(threshold) - 4 * lean} y={12} textAnchor={lean > 0 ? 'end' : 'start'}>
          {formatRatio(threshold)}
        </text>
        {rows.map((g, i) => {
          const top = TOP + i * rowHeight;
          const y = top + nameRow;
          const flagged = g.flag === 'under' || g.flag === 'over';
          const small = g.flag === 'small_n';
          return (
            <g key={g.group}>
              <text className="chart-label" x={wide ? label - 8 : 4} y={wide ? y + 15 : top + 12} textAnchor={wide ? 'end' : 'start'}>
                {groupName(t, g.group)}
                {small && !wide && ` (${t('data.chart.tooFew')})`}
              </text>
              {g.rate_ratio == null ? (
                <text className="chart-label" x={label + 6} y={y + 15}>
                  {g.suppressed ? t('data.hidden') : t('data.notAvailable')}
                </text>
              ) : (
                <>
                  <rect className={`bar-ratio${flagged ? ' is-flagged' : small ? ' is-small' : ''}`} x={label} y={y + 3} width={scale(g.rate_ratio)} height={BAR} />
                  <text className="chart-label" x={label + scale(g.rate_ratio) + 4} y={y + 15}>
                    {formatRatio(g.rate_ratio)}
                    {small && wide && ` (${t('data.chart.tooFew')})`}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
