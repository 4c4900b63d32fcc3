import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../dataApi';
import { formatShare, groupName } from '../../dataLabels';

const ROW = 44;
const LABEL = 190;
const WIDTH = 640;
const BAR = 14;

/**
 * Population share against numerator share, per group (ALL left out: both are 100%). Drawn for sighted
 * readers only (aria-hidden): the table after it holds the same figures and is the one read out.
 */
export function ShareChart({ groups, numeratorLabel }: { groups: GroupResult[]; numeratorLabel: string }) {
  const { t } = useTranslation();
  const rows = groups.filter((g) => g.group !== 'ALL');
  if (!rows.length) return null;
  const max = Math.max(0.25, ...rows.map((g) => Math.max(g.population_share ?? 0, g.numerator_share ?? 0)));
  const scale = (value: number) => ((WIDTH - LABEL - 60) * value) / max;
  const height = rows.length * ROW + 8;
  return (
    <figure className="chart">
      <figcaption>{t('data.chart.sharesCaption')}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-population" />
          {t('data.chart.populationShare')}
        </li>
        <li>
          <span className="swatch swatch-numerator" />
          {numeratorLabel}
        </li>
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
        <line className="chart-axis" x1={LABEL} x2={LABEL} y1={0} y2={height} />
        {rows.map((g, i) => {
          const y = i * ROW + 6;
          const hidden = g.population_share == null && g.numerator_share == null;
          return (
            <g key={g.group}>
              <text className="chart-label" x={LABEL - 8} y={y + BAR + 4} textAnchor="end">
                {groupName(t, g.group)}
              </text>
              {hidden ? (
                <text className="chart-label" x={LABEL + 6} y={y + BAR + 4}>
                  {t('data.hidden')}
                </text>
              ) : (
                <>
                  <rect className="bar-population" x={LABEL} y={y} width={scale(g.population_share ?? 0)} height={BAR} />
                  <text className="chart-label" x={LABEL + scale(g.population_share ?? 0) + 4} y={y + BAR - 2}>
                    {g.population_share == null ? t('data.hidden') : formatShare(g.population_share)}
                  </text>
                  <rect className="bar-numerator" x={LABEL} y={y + BAR + 2} width={scale(g.numerator_share ?? 0)} height={BAR} />
                  <text className="chart-label" x={LABEL + scale(g.numerator_share ?? 0) + 4} y={y + 2 * BAR}>
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
