// An organization's public profile (issue 14): only what the state's and NCES's files say of it (figures with
// their source and year, grades, locale, status, its district or its schools), never its people or teams.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { directoryApi, type DirectoryEntry } from '../directoryApi';
import { DirectoryFigures } from '../components/directory/DirectoryFigures';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';

export default function DirectoryProfile() {
  const { t } = useTranslation();
  const organizationId = Number(useParams().id);
  const [load] = useLoad(() => directoryApi.profile(organizationId), [organizationId]);
  usePageTitle(load.state === 'ready' ? load.data.name : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const p = load.data;
  const entryLink = (e: DirectoryEntry) => <Link to={`/directory/${e.id}`}>{e.name}</Link>;
  return (
    <>
      <p>
        <Link to="/directory">{t('directory.back')}</Link>
      </p>
      <h1>{p.name}</h1>
      <dl className="directory-facts">
        <dt>{t('directory.kind')}</dt>
        <dd>{t(`kind.${p.kind}`, { defaultValue: p.kind })}</dd>
        <dt>{t('directory.status')}</dt>
        <dd>{t(`directory.${p.status}`)}</dd>
        {p.county && (
          <>
            <dt>{t('directory.county')}</dt>
            <dd>{p.county}</dd>
          </>
        )}
        {p.cds_code && (
          <>
            <dt>{t('directory.cds')}</dt>
            <dd>{p.cds_code}</dd>
          </>
        )}
        {p.nces_id && (
          <>
            <dt>{t('directory.nces')}</dt>
            <dd>{p.nces_id}</dd>
          </>
        )}
        <dt>{t('directory.grades')}</dt>
        <dd>{p.grades ?? t('directory.unknown')}</dd>
        <dt>{t('directory.charter')}</dt>
        <dd>{p.charter ? t('directory.yes') : t('directory.no')}</dd>
        {p.locale && (
          <>
            <dt>{t('directory.locale')}</dt>
            <dd>{t('directory.localeSource', { locale: p.locale })}</dd>
          </>
        )}
        {p.parent && (
          <>
            <dt>{t('directory.parent')}</dt>
            <dd>{entryLink(p.parent)}</dd>
          </>
        )}
      </dl>
      <DirectoryFigures figures={p.figures} />
      {p.schools.length > 0 && (
        <section aria-labelledby="directory-schools">
          <h2 id="directory-schools">{t('directory.schools', { count: p.schools.length })}</h2>
          <ul>
            {p.schools.map((s) => (
              <li key={s.id}>
                {entryLink(s)} <span className="hint">{[s.grades, t(`directory.${s.status}`)].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
