// What the network's districts share: suppressed views of their data (small counts hidden), each opening in the
// analysis page. Shown on the network page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dataPaths } from '../dataAccess';
import { dataApi } from '../dataApi';
import { indicatorName, schoolYear } from '../dataLabels';
import { InlineFailure, useLoad } from './page';
import { formatDateTime } from '../format';

export function NetworkSharedData({ networkId }: { networkId: number }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => dataApi.networkShared(networkId), [networkId]);
  if (load.state === 'loading') return null;
  if (load.state === 'failed') return <InlineFailure error={load.error} />;
  const { shared } = load.data;
  return (
    <section aria-labelledby="network-shared-data">
      <h2 id="network-shared-data">{t('data.network.title')}</h2>
      <p>{t('data.network.intro')}</p>
      {shared.length === 0 ? (
        <p>{t('data.network.none')}</p>
      ) : (
        <ul className="cards">
          {shared.map((s) => (
            <li key={`${s.organization_id}|${s.indicator}|${s.year}`}>
              <Link to={dataPaths.analysis(s.organization_id, { indicator: s.indicator, year: s.year })}>
                {t('data.network.item', { organization: s.organization_name, indicator: indicatorName(t, s.indicator), year: schoolYear(s.year) })}
              </Link>
              <span className="meta">{t('data.network.sharedBy', { name: s.shared_by_name, when: formatDateTime(s.shared_at) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
