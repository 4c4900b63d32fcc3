import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../dataApi';
import { formatShare, groupName } from '../../dataLabels';
import { ChartLegend } from './ChartLegend';
import { useChartWidth } from './useChartWidth';

const BAR = 14;
const VALUE = 56; // room for "100.0%" after a bar

/**
 * Population share against numerator share, per group (ALL left out: both are 100%). Drawn for sighted
 * readers only (aria-hidden): the table after it holds the same figures and is the one read out. On a narrow
 * screen each group's name goes above its bars.
 */
export function ShareChart({ groups, numeratorLabel }: { groups: GroupResult[]; numeratorLabel: string }) {
  const { t } = useTranslation();
  const { ref, width, wide } = useChartWidth();
  const rows = groups.filter((g) => g.group !== 'ALL');
  if (!rows.length) return null;
  const label = wide ? 260 : 0;
  const nameRow = wide ? 0 : 18;
  const rowHeight = 2 * BAR + 14 + nameRow;
  const max = Math.max(0.25, ...rows.map((g) => Math.max(g.population_share ?? 0, g.numerator_share ?? 0)));
  const scale = (value: number) => ((width - label - VALUE - 4) * value) / max;
  const height = rows.length * rowHeight + 8;
  return (
    <figure className="chart" ref={ref}>
      <figcaption>{t('data.chart.sharesCaption')}</figcaption>
      <ChartLegend
        entries={[
          { swatch: 'population', label: t('data.chart.populationShare') },
          { swatch: 'numerator', label: numeratorLabel },
        ]}
      />
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
        <line className="chart-axis" x1={label} x2={label} y1={0} y2={height} />
        {rows.map((g, i) => {
          const top = i * rowHeight + 6;
          const y = top + nameRow;
          const hidden = g.population_share == null && g.numerator_share == null;
          return (
            <g key={g.group}>
              <text className="chart-label" x={wide ? label - 8 : 4} y={wide ? y + BAR + 4 : top + 10} textAnchor={wide ? 'end' : 'start'}>
                {groupName(t, g.group)}
              </text>
              {hidden ? (
                <text className="chart-label" x={label + 6} y={y + BAR + 4}>
                  {t('data.hidden')}
                </text>
              ) : (
                <>
                  <rect className="bar-population" x={label} y={y} width={scale(g.population_share ?? 0)} height={BAR} />
                  <text className="chart-label" x={label + scale(g.population_share ?? 0) + 4} y={y + BAR - 2}>
                    {g.population_share == null ? t('data.hidden') : formatShare(g.population_share)}
                  </text>
                  <rect className="bar-numerator" x={label} y={y + BAR + 2} width={scale(g.numerator_share ?? 0)} height={BAR} />
                  <text className="chart-label" x={label + scale(g.numerator_share ?? 0) + 4} y={y + 2 * BAR}>
                    {g.numerator_share == null ? t('data.hidden') : formatShare(g.numerator_share)}
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
