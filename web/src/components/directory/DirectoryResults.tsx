// A page of directory results: how many were found, the table by name, and the pages.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryPage, DirectorySearch } from '../../directoryApi';
import { TableRegion } from '../page';
import { formatNumber } from '../../format';

export const PER_PAGE = 25;

export function DirectoryResults({ data, search, go }: { data: DirectoryPage; search: DirectorySearch; go: (next: DirectorySearch) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(data.total / PER_PAGE));
  return (
    <section aria-labelledby="directory-results">
      <h2 id="directory-results">{t('directory.results')}</h2>
      <p role="status">{t('directory.found', { count: data.total })}</p>
      {data.results.length > 0 && (
        <TableRegion caption={t('directory.resultsCaption')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('directory.name')}</th>
              <th scope="col">{t('directory.kind')}</th>
              <th scope="col">{t('directory.county')}</th>
              <th scope="col">{t('directory.grades')}</th>
              <th scope="col">{t('profile.enrollment')}</th>
              <th scope="col">{t('directory.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.results.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/directory/${r.id}`}>{r.name}</Link>
                </td>
                <td>{t(`kind.${r.kind}`, { defaultValue: r.kind })}</td>
                <td>{r.county ?? '—'}</td>
                <td>{r.grades ?? '—'}</td>
                <td>{r.enrollment === null ? '—' : formatNumber(r.enrollment)}</td>
                <td>{t(`directory.${r.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {pages > 1 && (
        <nav aria-label={t('directory.pages')} className="directory-pages">
          {search.page > 1 && (
            <button type="button" onClick={() => go({ ...search, page: search.page - 1 })}>
              {t('directory.previous')}
            </button>
          )}
          <span>{t('directory.pageOf', { page: search.page, pages })}</span>
          {search.page < pages && (
            <button type="button" onClick={() => go({ ...search, page: search.page + 1 })}>
              {t('directory.next')}
            </button>
          )}
        </nav>
      )}
    </section>
  );
}
