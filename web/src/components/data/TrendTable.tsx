import { useTranslation } from 'react-i18next';
import type { IndicatorReport, Trend } from '../../dataApi';
import { flagText, formatShare, groupName, indicatorName, schoolYear } from '../../dataLabels';
import { dateLocale } from '../../format';
import { TableRegion } from '../page';
import { numberFormat } from '../../intl';

/**
 * A small line of a group's rate across years, for sighted readers (the row's cells say the same). Each line
 * uses its own range, so the direction shows even for a small group; the table gives the size.
 */
function Sparkline({ trend }: { trend: Trend }) {
  const points = trend.points.map((p, i) => ({ x: 4 + (i * 72) / Math.max(1, trend.points.length - 1), rate: p.rate }));
  const known = points.filter((p): p is { x: number; rate: number } => p.rate != null);
  if (known.length < 2) return null;
  const low = Math.min(...known.map((p) => p.rate));
  const high = Math.max(...known.map((p) => p.rate));
  const y = (rate: number) => (high === low ? 12 : 20 - (16 * (rate - low)) / (high - low));
  return (
    <svg className="sparkline" viewBox="0 0 80 24" aria-hidden="true" focusable="false">
      <polyline className="trend-line" points={known.map((p) => `${p.x},${y(p.rate)}`).join(' ')} />
      {known.map((p) => (
        <circle key={p.x} className="trend-dot" cx={p.x} cy={y(p.rate)} r={2.5} />
      ))}
    </svg>
  );
}

/** Each group's rate in every year the indicator has, with the flag of each year and the change. */
export function TrendTable({ report, place }: { report: IndicatorReport; place: string }) {
  const { t } = useTranslation();
  const years = [...new Set(report.trends.flatMap((tr) => tr.points.map((p) => p.year)))].sort((a, b) => a - b);
  if (years.length < 2) return <p>{t('data.trends.oneYear')}</p>;
  const points = (points: number) => numberFormat(dateLocale(), { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(points);
  return (
    <TableRegion caption={t('data.trends.caption', { indicator: indicatorName(t, report.indicator), place })}>
      <thead>
        <tr>
          <th scope="col">{t('data.table.group')}</th>
          {years.map((year) => (
            <th key={year} scope="col" className="number">
              {schoolYear(year)}
            </th>
          ))}
          <th scope="col" className="number">
            {t('data.trends.change')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('data.trends.line')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {report.trends.map((trend) => (
          <tr key={trend.group}>
            <th scope="row">{groupName(t, trend.group)}</th>
            {years.map((year) => {
              const p = trend.points.find((point) => point.year === year);
              return (
                <td key={year} className="number">
                  {!p ? (
                    <span className="hidden-value">{t('data.notAvailable')}</span>
                  ) : p.rate == null ? (
                    <span className="hidden-value">{p.suppressed ? t('data.hidden') : t('data.notAvailable')}</span>
                  ) : (
                    formatShare(p.rate)
                  )}
                  {p && (p.flag === 'under' || p.flag === 'over') && <span className={`flag trend-flag flag-${p.flag}`}> {flagText(t, p)}</span>}
                </td>
              );
            })}
            <td className="number nowrap">
              {trend.rate_change == null ? (
                <span className="hidden-value">{t('data.notAvailable')}</span>
              ) : (
                t('data.trends.points', { value: points(trend.rate_change * 100) })
              )}
            </td>
            <td>
              <Sparkline trend={trend} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
