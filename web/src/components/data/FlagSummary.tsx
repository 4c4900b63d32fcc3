import { useTranslation } from 'react-i18next';
import type { IndicatorReport } from '../../dataApi';
import { formatCount, formatRatio, formatShare, groupName } from '../../dataLabels';

/** The flags in sentences: which groups are left out or bear more than their share, and which cannot be judged. */
export function FlagSummary({ report, minDenominator }: { report: IndicatorReport; minDenominator: number }) {
  const { t } = useTranslation();
  const flagged = report.groups.filter((g) => g.flag === 'under' || g.flag === 'over');
  const small = report.groups.filter((g) => g.flag === 'small_n');
  const byState = report.groups.filter((g) => g.flag === 'suppressed_by_state');
  const hidden = report.groups.filter((g) => g.flag === 'suppressed' || (g.suppressed && g.rate_ratio == null && g.group !== 'ALL' && g.flag !== 'suppressed_by_state'));
  return (
    <div className="flag-summary">
      {flagged.length ? (
        <ul>
          {flagged.map((g) => (
            <li key={g.group}>
              <strong className={`flag flag-${g.flag}`}>{t(`data.flag.${g.flag}`)}:</strong>{' '}
              {t(`data.flags.sentence.${report.direction}`, {
                group: groupName(t, g.group),
                rate: formatShare(g.rate),
                others: formatShare(g.others_rate),
                ratio: formatRatio(g.rate_ratio),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('data.flags.none')}</p>
      )}
      {small.length > 0 && (
        <p>
          {t('data.flags.small', {
            count: small.length,
            groups: small.map((g) => groupName(t, g.group)).join(', '),
            min: formatCount(minDenominator),
          })}
        </p>
      )}
      {byState.length > 0 && <p>{t('data.flags.byState', { count: byState.length, groups: byState.map((g) => groupName(t, g.group)).join(', ') })}</p>}
      {hidden.length > 0 && <p>{t('data.flags.hidden', { count: hidden.length, groups: hidden.map((g) => groupName(t, g.group)).join(', ') })}</p>}
    </div>
  );
}
