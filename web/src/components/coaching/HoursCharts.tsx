import { useTranslation } from 'react-i18next';
import { formatHours, hoursBar, monthRows, monthScale, monthStart } from '../../agreements';
import { HOURS_KINDS, type Agreement, type HoursKind } from '../../agreementsApi';
import { dateLocale, formatMonth, formatPercent } from '../../format';
import { TableRegion } from '../page';
import { numberFormat } from '../../intl';

/** Hours as the reader writes them ("12.5 h"). */
export function useHours(): (hours: number) => string {
  return (hours: number) => formatHours(hours, dateLocale());
}

/** A bar per kind of used against purchased, drawn only: the page gives the same figures in a table. */
export function HoursBars({ hours: rows }: { hours: { kind: HoursKind; used: number; purchased: number; over: boolean }[] }) {
  const { t } = useTranslation();
  const hours = useHours();
  return (
    <ul className="hours-bars" aria-hidden="true">
      {rows.map((h) => {
        const bar = hoursBar(h.used, h.purchased);
        return (
          <li key={h.kind} className={bar.over ? 'hours-bar-over' : undefined}>
            <span>
              {t(`agreements.kind.${h.kind}`)}: {t('agreements.hours.usedOf', { used: hours(h.used), purchased: hours(h.purchased) })}
              {h.over && <> · {t('agreements.over')}</>}
            </span>
            <span className="hours-bar">
              <span className="hours-bar-fill" style={{ width: `${bar.percent}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Used against purchased by kind: a bar per kind (drawn only) and the same figures in a table. */
export function HoursByKind({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const hours = useHours();
  return (
    <section aria-labelledby="hours-by-kind">
      <h2 id="hours-by-kind">{t('agreements.hours.byKind')}</h2>
      <HoursBars hours={agreement.hours} />
      <TableRegion caption={t('agreements.hours.tableCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('agreements.field.kind')}</th>
            <th scope="col">{t('agreements.hours.used')}</th>
            <th scope="col">{t('agreements.hours.purchased')}</th>
            <th scope="col">{t('agreements.hours.share')}</th>
            <th scope="col">{t('agreements.field.hourlyRate')}</th>
          </tr>
        </thead>
        <tbody>
          {agreement.hours.map((h) => (
            <tr key={h.kind}>
              <th scope="row">{t(`agreements.kind.${h.kind}`)}</th>
              <td>
                {hours(h.used)}
                {h.over && <> ({t('agreements.over')})</>}
              </td>
              <td>{hours(h.purchased)}</td>
              <td>{h.purchased > 0 ? formatPercent(h.used, h.purchased) : '—'}</td>
              <td>{h.hourly_rate === null ? '—' : numberFormat(dateLocale(), { style: 'currency', currency: 'USD' }).format(h.hourly_rate)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('agreements.hours.total')}</th>
            <td>{hours(agreement.used_total)}</td>
            <td>{hours(agreement.purchased_total)}</td>
            <td>{agreement.purchased_total > 0 ? formatPercent(agreement.used_total, agreement.purchased_total) : '—'}</td>
            <td />
          </tr>
        </tfoot>
      </TableRegion>
    </section>
  );
}

/** Hours per month, stacked by kind (drawn only), with the same figures in a table. */
export function HoursByMonth({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const hours = useHours();
  const rows = monthRows(agreement.monthly);
  const scale = monthScale(rows);
  return (
    <section aria-labelledby="hours-by-month">
      <h2 id="hours-by-month">{t('agreements.hours.byMonth')}</h2>
      {rows.length === 0 ? (
        <p>{t('agreements.hours.noneYet')}</p>
      ) : (
        <>
          <div aria-hidden="true">
            <ul className="chart-key">
              {HOURS_KINDS.map((kind) => (
                <li key={kind}>
                  <span className={`kind-swatch kind-${kind}`} />
                  {t(`agreements.kind.${kind}`)}
                </li>
              ))}
            </ul>
            <div className="month-chart">
              {rows.map((row) => (
                <div key={row.month} className="month-col">
                  <div className="month-bar">
                    {HOURS_KINDS.map((kind) =>
                      row.byKind[kind] > 0 ? <span key={kind} className={`kind-${kind}`} style={{ height: `${(row.byKind[kind] / scale) * 100}%` }} /> : null,
                    )}
                  </div>
                  <span className="month-label">{formatMonth(monthStart(row.month))}</span>
                </div>
              ))}
            </div>
          </div>
          <TableRegion caption={t('agreements.hours.monthCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('agreements.hours.month')}</th>
                {HOURS_KINDS.map((kind) => (
                  <th key={kind} scope="col">
                    {t(`agreements.kind.${kind}`)}
                  </th>
                ))}
                <th scope="col">{t('agreements.hours.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{formatMonth(monthStart(row.month))}</th>
                  {HOURS_KINDS.map((kind) => (
                    <td key={kind}>{hours(row.byKind[kind])}</td>
                  ))}
                  <td>{hours(row.total)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </>
      )}
    </section>
  );
}
