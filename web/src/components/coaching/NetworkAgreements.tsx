import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agreementsApi } from '../../agreementsApi';
import { formatDate } from '../../format';
import { InlineFailure, Loading, useLoad } from '../page';
import { useHours } from './HoursCharts';
import '../../agreements.css';

/** The network's agreements the reader may see: title, dates, status, hours used of purchased, the 80/100% badge. */
export function NetworkAgreements({ networkId, manages }: { networkId: number; manages: boolean }) {
  const { t } = useTranslation();
  const hours = useHours();
  const [load] = useLoad(() => agreementsApi.listNetworkAgreements(networkId), [networkId]);
  return (
    <section aria-labelledby="network-agreements">
      <h2 id="network-agreements">{t('agreements.title')}</h2>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' &&
        (load.data.agreements.length ? (
          <ul className="cards">
            {load.data.agreements.map((a) => (
              <li key={a.id}>
                <Link to={`/agreements/${a.id}`}>{a.title}</Link>
                <span className="meta">
                  {t('agreements.dates', { start: formatDate(a.starts_on), end: formatDate(a.ends_on) })} · {t(`agreements.status.${a.status}`)}
                </span>
                <span>{t('agreements.hours.usedOf', { used: hours(a.used_total), purchased: hours(a.purchased_total) })}</span>
                {a.warning && <span className="badge badge-missing">{t(`agreements.badge.w${a.warning}`)}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('agreements.none')}</p>
        ))}
      {manages && (
        <p>
          <Link className="button" to={`/networks/${networkId}/agreements/new`}>
            {t('agreements.new')}
          </Link>
        </p>
      )}
    </section>
  );
}
