import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../dataApi';
import { formatCount, schoolYear } from '../../dataLabels';
import { TableRegion } from '../page';
import { formatDateTime } from '../../format';

/** The imports of a district, newest first: when, what, which file, how many rows and counts, by whom. */
export function ImportHistory({ imports }: { imports: ImportRecord[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-history">
      <h2 id="import-history">{t('data.history.title')}</h2>
      {imports.length === 0 ? (
        <p>{t('data.history.none')}</p>
      ) : (
        <TableRegion caption={t('data.history.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('data.history.when')}</th>
              <th scope="col">{t('data.history.kind')}</th>
              <th scope="col">{t('data.history.file')}</th>
              <th scope="col" className="number">
                {t('data.history.rows')}
              </th>
              <th scope="col" className="number">
                {t('data.history.counts')}
              </th>
              <th scope="col">{t('data.history.by')}</th>
            </tr>
          </thead>
          <tbody>
            {imports.map((record) => (
              <tr key={record.id}>
                <td>{formatDateTime(record.created_at)}</td>
                <td>
                  {t(`data.kind.${record.kind}`)}
                  {record.year !== null && ` (${schoolYear(record.year)})`}
                </td>
                <td>{record.filename || t('data.history.noFile')}</td>
                <td className="number">{formatCount(record.rows)}</td>
                <td className="number">{formatCount(record.counts)}</td>
                <td>{record.created_by_name}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}
