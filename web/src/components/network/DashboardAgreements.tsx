import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { warningKey } from '../../agreements';
import { formatDate, formatPercent } from '../../format';
import type { DashboardAgreement } from '../../networkProgressApi';
import { HoursBars, useHours } from '../coaching/HoursCharts';
import { TableRegion } from '../page';
import '../../agreements.css';

/** One agreement's hours by kind: bars (drawn only) and the same figures, with what is left, in a table. */
function AgreementHours({ agreement }: { agreement: DashboardAgreement }) {
  const { t } = useTranslation();
  const hours = useHours();
  const warning = warningKey(agreement.warning);
  const headingId = `dashboard-agreement-${agreement.id}`;
  return (
    <section aria-labelledby={headingId} className="dashboard-agreement">
      <h3 id={headingId}>
        <Link to={`/agreements/${agreement.id}`}>{agreement.title}</Link>
      </h3>
      <p className="meta">
        {t('agreements.dates', { start: formatDate(agreement.starts_on), end: formatDate(agreement.ends_on) })} · {t(`agreements.status.${agreement.status}`)}
      </p>
      {warning && (
        <p className="panel panel-warning">
          <strong>{t(warning, { share: formatPercent(agreement.used_total, agreement.purchased_total || 1) })}</strong>
        </p>
      )}
      <HoursBars hours={agreement.hours} />
      <TableRegion caption={t('dashboard.agreementCaption', { title: agreement.title })}>
        <thead>
          <tr>
            <th scope="col">{t('agreements.field.kind')}</th>
            <th scope="col" className="number">{t('agreements.hours.purchased')}</th>
            <th scope="col" className="number">{t('agreements.hours.used')}</th>
            <th scope="col" className="number">{t('dashboard.hoursLeft')}</th>
          </tr>
        </thead>
        <tbody>
          {agreement.hours.map((h) => (
            <tr key={h.kind}>
              <th scope="row">{t(`agreements.kind.${h.kind}`)}</th>
              <td className="number">{hours(h.purchased)}</td>
              <td className="number">
                {hours(h.used)}
                {h.over && <> ({t('agreements.over')})</>}
              </td>
              <td className="number">{hours(h.left)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('agreements.hours.total')}</th>
            <td className="number">{hours(agreement.purchased_total)}</td>
            <td className="number">{hours(agreement.used_total)}</td>
            <td className="number">{hours(agreement.left_total)}</td>
          </tr>
        </tfoot>
      </TableRegion>
    </section>
  );
}

/** The network's agreements and their coaching hours: used and left, by kind, as on each agreement's page. */
export function DashboardAgreements({ agreements }: { agreements: DashboardAgreement[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dashboard-agreements">
      <h2 id="dashboard-agreements">{t('dashboard.agreements')}</h2>
      {agreements.length === 0 ? (
        <p>{t('dashboard.noAgreements')}</p>
      ) : (
        agreements.map((a) => <AgreementHours key={a.id} agreement={a} />)
      )}
    </section>
  );
}
