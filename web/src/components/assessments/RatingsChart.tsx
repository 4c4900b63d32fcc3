import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentList } from '../../api';
import { chartGeometry, RATINGS } from '../../assessments';

// Each area drawn with its own dash pattern as well as its colour, so the lines differ without colour.
const STYLES = [
  { color: '#1f5fa8', dash: '' },
  { color: '#a3401b', dash: '6 3' },
  { color: '#2f6b2f', dash: '2 3' },
  { color: '#6b3fa0', dash: '10 3 2 3' },
  { color: '#7a5a00', dash: '4 4' },
  { color: '#333333', dash: '1 2' },
];

type Trend = AssessmentList['trend'];

/** The ratings of each area over the terms as a small line chart; the table after it says the same in text. */
export function RatingsChart({ trend, terms }: { trend: Trend; terms: string[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const g = chartGeometry(terms.length);
  return (
    <figure className="ratings-chart">
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby={titleId} width="100%">
        <title id={titleId}>{t('assessments.chart.summary', { count: terms.length })}</title>
        {RATINGS.map((r) => (
          <g key={r}>
            <line x1={44} x2={g.width - 16} y1={g.y(r)} y2={g.y(r)} stroke="#d0d0d0" />
            <text x={30} y={g.y(r) + 4} fontSize="12" textAnchor="middle" fill="#333">{r}</text>
          </g>
        ))}
        {terms.map((term, i) => (
          <text key={term} x={g.x(i)} y={g.height - 12} fontSize="12" textAnchor="middle" fill="#333">{term}</text>
        ))}
        {trend.map((line, k) => {
          const style = STYLES[k % STYLES.length];
          const points = line.ratings.map((p, i) => `${g.x(i)},${g.y(p.rating ?? 0)}`).join(' ');
          return (
            <g key={line.area}>
              <polyline points={points} fill="none" stroke={style.color} strokeWidth="2" strokeDasharray={style.dash} />
              {line.ratings.map((p, i) => (
                <circle key={i} cx={g.x(i)} cy={g.y(p.rating ?? 0)} r="3.5" fill={style.color} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-key">
          {trend.map((line, k) => {
            const style = STYLES[k % STYLES.length];
            return (
              <li key={line.area}>
                <svg width="28" height="10" aria-hidden="true">
                  <line x1="0" x2="28" y1="5" y2="5" stroke={style.color} strokeWidth="2" strokeDasharray={style.dash} />
                </svg>{' '}
                {t(`plan.area.${line.area}`)}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The same ratings as the chart, one row per area and one column per term. */
export function RatingsTable({ trend, terms }: { trend: Trend; terms: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('assessments.chart.tableLabel')}>
      <table>
        <caption>{t('assessments.chart.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessments.chart.area')}</th>
            {terms.map((term) => (
              <th scope="col" key={term}>{term}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.map((line) => (
            <tr key={line.area}>
              <th scope="row">{t(`plan.area.${line.area}`)}</th>
              {line.ratings.map((p, i) => (
                <td key={i}>{t('assessments.chart.cell', { rating: p.rating, level: t(`assessments.level.${p.rating}`) })}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
