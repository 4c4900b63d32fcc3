import { useTranslation } from 'react-i18next';
import type { FollowThroughFigures } from '../../reportsApi';

/** Follow-through on the action items due in the period, as they stand today. */
export function FollowThroughList({ figures: f }: { figures: FollowThroughFigures }) {
  const { t } = useTranslation();
  if (f.due === 0) return <p>{t('reports.noItemsDue')}</p>;
  return (
    <ul>
      <li>{t('reports.itemsDue', { count: f.due })}</li>
      <li>{t('reports.doneOnTime', { count: f.done_on_time })}</li>
      <li>{t('reports.doneLate', { count: f.done_late })}</li>
      <li>{t('reports.stillOpen', { count: f.open, overdue: f.overdue })}</li>
    </ul>
  );
}

/** Print and download: hidden in print, where the page itself is the report. */
export function ReportActions({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <p className="actions no-print">
      <button type="button" className="button" onClick={() => window.print()}>{t('reports.print')}</button>
      <a className="button" href={href} download>{t('reports.downloadXlsx')}</a>
    </p>
  );
}
