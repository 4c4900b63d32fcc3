import { useTranslation } from 'react-i18next';
import type { IndicatorReport } from '../../dataApi';
import { flagText, formatCount, formatRatio, formatShare, groupName, indicatorName, schoolYear } from '../../dataLabels';
import { TableRegion } from '../page';

/** A figure, or why there is none. */
function Value({ text, hidden, state = false }: { text: string; hidden: boolean; state?: boolean }) {
  // The words are a component of their own: useTranslation costs each cell that mounts it (react-i18next builds a
  // wrapper per use), and a data analysis page has hundreds of figures and few gaps.
  return text ? <>{text}</> : <NoValue hidden={hidden} state={state} />;
}

/** Why there is no figure: hidden by our suppression, suppressed by the state (unknown, not zero), or not defined. */
function NoValue({ hidden, state }: { hidden: boolean; state: boolean }) {
  const { t } = useTranslation();
  return <span className="hidden-value">{state ? t('data.suppressedByState') : hidden ? t('data.hidden') : t('data.notAvailable')}</span>;
}

/** Every figure of one indicator-year, one row per group: the source of truth the charts are drawn from. */
export function GroupTable({ report, place }: { report: IndicatorReport; place: string }) {
  const { t } = useTranslation();
  const dir = report.direction;
  return (
    <TableRegion caption={t('data.table.caption', { indicator: indicatorName(t, report.indicator), year: schoolYear(report.year), place })}>
      <thead>
        <tr>
          <th scope="col">{t('data.table.group')}</th>
          <th scope="col" className="number">
            {t(`data.table.denominator.${dir}`)}
          </th>
          <th scope="col" className="number">
            {t(`data.table.numerator.${dir}`)}
          </th>
          <th scope="col" className="number">
            {t('data.table.rate')}
          </th>
          <th scope="col" className="number">
            {t('data.table.populationShare')}
          </th>
          <th scope="col" className="number">
            {t(`data.table.numeratorShare.${dir}`)}
          </th>
          <th scope="col" className="number">
            {t('data.table.ratio')}
          </th>
          <th scope="col">{t('data.table.flag')}</th>
        </tr>
      </thead>
      <tbody>
        {report.groups.map((g) => (
          <tr key={g.group} data-group={g.group}>
            <th scope="row">{groupName(t, g.group)}</th>
            <td className="number">
              <Value text={formatCount(g.denominator)} hidden={g.suppressed} state={g.flag === 'suppressed_by_state'} />
            </td>
            <td className="number">
              <Value text={formatCount(g.numerator)} hidden={g.suppressed} state={g.flag === 'suppressed_by_state'} />
            </td>
            <td className="number">
              <Value text={formatShare(g.rate)} hidden={g.suppressed} state={g.flag === 'suppressed_by_state'} />
            </td>
            <td className="number">
              <Value text={formatShare(g.population_share)} hidden={g.suppressed} state={g.flag === 'suppressed_by_state'} />
            </td>
            <td className="number">
              <Value text={formatShare(g.numerator_share)} hidden={g.suppressed} state={g.flag === 'suppressed_by_state'} />
            </td>
            <td className="number">{g.group === 'ALL' ? '—' : <Value text={formatRatio(g.rate_ratio)} hidden={g.suppressed} state={g.flag === 'suppressed_by_state'} />}</td>
            <td>
              <span className={`flag flag-${g.flag}`}>{g.group === 'ALL' && g.flag === 'none' ? '—' : flagText(t, g)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
