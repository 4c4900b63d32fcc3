import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import type { DistrictTotals } from '../../networkProgressApi';
import { useHours } from '../coaching/HoursCharts';
import { TableRegion } from '../page';

/** Totals per member district, over the teams that share their progress; a chart of the same figures beside. */
export function DashboardTotals({ districts }: { districts: DistrictTotals[] }) {
  const { t } = useTranslation();
  const hours = useHours();
  const most = Math.max(1, ...districts.map((d) => d.meetings_held));
  return (
    <section aria-labelledby="dashboard-districts">
      <h2 id="dashboard-districts">{t('dashboard.districts')}</h2>
      <p className="meta">{t('dashboard.districtsHoursNote')}</p>
      <TableRegion caption={t('dashboard.districtsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.column.district')}</th>
            <th scope="col">{t('dashboard.role')}</th>
            <th scope="col" className="number">{t('dashboard.teamsSharing')}</th>
            <th scope="col" className="number">{t('dashboard.teamsSharingProgress')}</th>
            <th scope="col" className="number">{t('dashboard.column.held')}</th>
            <th scope="col" className="number">{t('dashboard.column.overdue')}</th>
            <th scope="col" className="number">{t('dashboard.column.outreach')}</th>
            <th scope="col" className="number">{t('dashboard.column.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {districts.map((d) => (
            <tr key={d.organization.id}>
              <th scope="row">{d.organization.name}</th>
              <td>{t(`role.network.${d.organization.role}`)}</td>
              <td className="number">{formatNumber(d.teams_sharing)}</td>
              <td className="number">{formatNumber(d.teams_sharing_progress)}</td>
              <td className="number">{formatNumber(d.meetings_held)}</td>
              <td className="number">{formatNumber(d.open_overdue)}</td>
              <td className="number">{formatNumber(d.outreach_open)}</td>
              <td className="number">{hours(d.coaching_hours_received)}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      {/* The chart repeats the table's meetings held; the table is what assistive technology reads. */}
      <div className="bars" aria-hidden="true">
        {districts.map((d) => (
          <div key={d.organization.id} className="bar-row">
            <span className="bar-label">{d.organization.name}</span>
            <span className="bar" style={{ width: `${(d.meetings_held / most) * 100}%` }} />
            <span className="bar-value">{formatNumber(d.meetings_held)}</span>
          </div>
        ))}
      </div>
    </section>
  );
}
