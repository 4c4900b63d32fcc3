import { useTranslation } from 'react-i18next';
import type { Direction, GroupResult } from '../../dataApi';
import { formatRatio, groupName } from '../../dataLabels';

const ROW = 28;
const LABEL = 190;
const WIDTH = 640;
const TOP = 22;

/**
 * Each group's rate ratio (its rate against everyone else's) as a bar, with the parity line at 1 and the
 * threshold that flags a group as a dashed line. aria-hidden: the table holds the figures and flags.
 */
export function RatioChart({ groups, direction, threshold }: { groups: GroupResult[]; direction: Direction; threshold: number }) {
  const { t } = useTranslation();
  const rows = groups.filter((g) => g.group !== 'ALL');
  if (!rows.length) return null;
  const max = Math.max(2, threshold * 1.2, ...rows.map((g) => (g.rate_ratio ?? 0) * 1.1));
  const scale = (value: number) => ((WIDTH - LABEL - 50) * Math.min(value, max)) / max;
  const height = TOP + rows.length * ROW + 4;
  return (
    <figure className="chart">
      <figcaption>{t(`data.chart.ratioCaption.${direction}`, { threshold: formatRatio(threshold) })}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-numerator" />
          {t('data.chart.ratio')}
        </li>
        <li>
          <span className="swatch swatch-flagged" />
          {t('data.chart.flagged')}
        </li>
        <li>
          <span className="swatch swatch-threshold" />
          {t('data.chart.threshold', { threshold: formatRatio(threshold) })}
        </li>
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
        <line className="chart-axis" x1={LABEL} x2={LABEL} y1={TOP - 4} y2={height} />
        <line className="chart-parity" x1={LABEL + scale(1)} x2={LABEL + scale(1)} y1={TOP - 4} y2={height} />
        <text className="chart-label" x={LABEL + scale(1)} y={12} textAnchor="middle">
          {formatRatio(1)}
        </text>
        <line className="chart-threshold" x1={LABEL + scale(threshold)} x2={LABEL + scale(threshold)} y1={TOP - 4} y2={height} />
        <text className="chart-label" x={LABEL + scale(threshold)} y={12} textAnchor={threshold < 1 ? 'end' : 'start'}>
          {formatRatio(threshold)}
        </text>
        {rows.map((g, i) => {
          const y = TOP + i * ROW;
          const flagged = g.flag === 'under' || g.flag === 'over';
          return (
            <g key={g.group}>
              <text className="chart-label" x={LABEL - 8} y={y + 15} textAnchor="end">
                {groupName(t, g.group)}
              </text>
              {g.rate_ratio == null ? (
                <text className="chart-label" x={LABEL + 6} y={y + 15}>
                  {g.suppressed ? t('data.hidden') : t('data.notAvailable')}
                </text>
              ) : (
                <>
                  <rect className={`bar-ratio${flagged ? ' is-flagged' : ''}`} x={LABEL} y={y + 3} width={scale(g.rate_ratio)} height={16} />
                  <text className="chart-label" x={LABEL + scale(g.rate_ratio) + 4} y={y + 15}>
                    {formatRatio(g.rate_ratio)}
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
