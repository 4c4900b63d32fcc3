// A district's student data at a glance: what indicators it holds (years, schools, what is shared) and the
// history of imports. An organization without a district CDS code is told what comes first.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import '../data.css';
import { DataNav } from '../components/data/DataNav';
import { ImportHistory } from '../components/data/ImportHistory';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { loadDataAccess, dataPaths } from '../dataAccess';
import { dataApi, type DataOverview } from '../dataApi';
import { indicatorName, schoolYear } from '../dataLabels';
import { useUser } from '../session';

function Indicators({ orgId, data }: { orgId: number; data: DataOverview }) {
  const { t } = useTranslation();
  const shared = (indicator: string, year: number) => data.shares.some((s) => s.indicator === indicator && s.year === year);
  return (
    <section aria-labelledby="indicators">
      <h2 id="indicators">{t('data.overview.indicators')}</h2>
      {data.indicators.length === 0 ? (
        <p>{t('data.overview.noIndicators')}</p>
      ) : (
        <TableRegion caption={t('data.overview.indicatorsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('data.overview.indicator')}</th>
              <th scope="col">{t('data.overview.direction')}</th>
              <th scope="col">{t('data.overview.years')}</th>
              <th scope="col" className="number">
                {t('data.overview.schools')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.indicators.map((ind) => (
              <tr key={ind.indicator}>
                <th scope="row">
                  <Link to={dataPaths.analysis(orgId, { indicator: ind.indicator, year: ind.years[0] })}>{indicatorName(t, ind.indicator)}</Link>
                </th>
                <td>{t(`data.direction.${ind.direction}`)}</td>
                <td>
                  <ul className="link-list">
                    {ind.years.map((year) => (
                      <li key={year}>
                        <Link to={dataPaths.analysis(orgId, { indicator: ind.indicator, year })}>{schoolYear(year)}</Link>
                        {shared(ind.indicator, year) && <span className="meta"> ({t('data.overview.sharedMark')})</span>}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="number">{ind.org_codes.filter((code) => code !== data.district_code).length}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}

export default function Data() {
  const { t } = useTranslation();
  const user = useUser();
  const orgId = Number(useParams().id);
  const [load] = useLoad(() => Promise.all([loadDataAccess(orgId), dataApi.overview(orgId)]), [orgId, user.id]);
  usePageTitle(load.state === 'ready' ? t('data.overview.title', { name: load.data[0].organization.name }) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [access, data] = load.data;
  return (
    <>
      <h1>{t('data.overview.title', { name: access.organization.name })}</h1>
      <DataNav orgId={orgId} orgName={access.organization.name} manages={access.manages} admin={access.admin} />
      <p>{t('data.overview.intro')}</p>
      {data.district_code === null ? (
        <section aria-labelledby="no-district" className="panel panel-warning">
          <h2 id="no-district">{t('data.noDistrict.title')}</h2>
          <p>{t('data.noDistrict.text')}</p>
          <p>{t('data.noDistrict.next')}</p>
        </section>
      ) : (
        <>
          <p className="meta">{t('data.overview.districtCode', { code: data.district_code })}</p>
          {access.manages && (
            <p className="actions">
              <Link className="button button-primary" to={dataPaths.import(orgId)}>
                {t('data.overview.importAction')}
              </Link>
              <Link className="button" to={dataPaths.counts(orgId)}>
                {t('data.overview.countsAction')}
              </Link>
            </p>
          )}
          <Indicators orgId={orgId} data={data} />
          <ImportHistory imports={data.imports} />
        </>
      )}
    </>
  );
}
