import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { dataPaths } from '../../dataAccess';

/**
 * The links between a district's data pages; the ones that change data only for admins and data leads, and the
 * district's records (who read its data, the export, deleting it) only for its admins.
 */
export function DataNav({ orgId, orgName, manages, admin = false }: { orgId: number; orgName: string; manages: boolean; admin?: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const links: [string, string][] = [
    [dataPaths.overview(orgId), t('data.nav.overview')],
    [dataPaths.analysis(orgId), t('data.nav.analysis')],
    ...(manages
      ? ([
          [dataPaths.import(orgId), t('data.nav.import')],
          [dataPaths.counts(orgId), t('data.nav.counts')],
          [dataPaths.settings(orgId), t('data.nav.settings')],
        ] as [string, string][])
      : []),
    [dataPaths.teachers(orgId), t('data.nav.teachers')],
    ...(admin
      ? ([
          [dataPaths.audit(orgId), t('data.nav.audit')],
          [dataPaths.records(orgId), t('data.nav.records')],
        ] as [string, string][])
      : []),
  ];
  return (
    <>
      <p className="lead">
        <Link to={`/organizations/${orgId}`}>{orgName}</Link>
      </p>
      <nav className="data-nav" aria-label={t('data.nav.label')}>
        <ul>
          {links.map(([to, label]) => (
            <li key={to}>
              <Link to={to} aria-current={pathname === to.split('?')[0] ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
