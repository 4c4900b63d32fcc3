import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type NetworkMembership } from '../api';
import { FormAlert, Status, useProblemText } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { formatDateTime } from '../format';

type Answer = 'accept' | 'decline' | 'leave';

/**
 * An organization's networks, for its admins: the invitations waiting for their answer (a network sees nothing of
 * the organization but its name until one of them accepts), the networks it takes part in, which it may leave at
 * any time, and the invitations it declined.
 */
export default function NetworkMemberships() {
  const { t } = useTranslation();
  const organizationId = Number(useParams().id);
  const problemText = useProblemText();
  const [load, reload] = useLoad(
    () => Promise.all([api.getOrganization(organizationId), api.listNetworkMemberships(organizationId)]),
    [organizationId],
  );
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(load.state === 'ready' ? t('networks.title', { name: load.data[0].name }) : null);

  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [organization, { memberships }] = load.data;
  const withStatus = (wanted: NetworkMembership['status']) => memberships.filter((m) => m.status === wanted);

  async function act(membership: NetworkMembership, answer: Answer) {
    setStatus(null);
    setError(null);
    try {
      if (answer === 'leave') await api.removeNetworkMember(membership.network.id, organizationId);
      else await api.answerNetworkInvitation(organizationId, membership.network.id, answer);
      await reload();
      setStatus(t(`networks.done.${answer}`, { network: membership.network.name }));
    } catch (failure) {
      setError(problemText(failure));
    }
    document.getElementById('networks-heading')?.focus();
  }

  const facts = (m: NetworkMembership) => (
    <dl className="facts">
      <div>
        <dt>{t('network.facilitator')}</dt>
        <dd>{m.network.facilitator.name}</dd>
      </div>
      <div>
        <dt>{t('networks.role')}</dt>
        <dd>{t(`role.network.${m.role}`)}</dd>
      </div>
      {m.invited_at && (
        <div>
          <dt>{t('networks.invited')}</dt>
          <dd>
            {m.invited_by_name
              ? t('networks.invitedBy', { name: m.invited_by_name, when: formatDateTime(m.invited_at) })
              : formatDateTime(m.invited_at)}
          </dd>
        </div>
      )}
    </dl>
  );

  const button = (m: NetworkMembership, answer: Answer, className: string) => (
    <button type="button" className={`button button-small ${className}`} onClick={() => void act(m, answer)}>
      {t(`networks.${answer}`)}
      <span className="visually-hidden"> {m.network.name}</span>
    </button>
  );

  const pending = withStatus('pending');
  const active = withStatus('active');
  const declined = withStatus('declined');

  return (
    <>
      <h1 id="networks-heading" tabIndex={-1}>
        {t('networks.title', { name: organization.name })}
      </h1>
      <p>{t('networks.intro')}</p>
      <Status message={status} />
      <FormAlert message={error} />
      <section aria-labelledby="pending-networks">
        <h2 id="pending-networks">{t('networks.pending')}</h2>
        {pending.length ? (
          <ul className="cards">
            {pending.map((m) => (
              <li key={m.network.id}>
                <h3>{m.network.name}</h3>
                {m.network.focus && <p>{m.network.focus}</p>}
                {facts(m)}
                <p className="meta">{t('networks.pendingHint')}</p>
                <div className="actions">
                  {button(m, 'accept', 'button-primary')}
                  {button(m, 'decline', '')}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('networks.noPending')}</p>
        )}
      </section>
      <section aria-labelledby="active-networks">
        <h2 id="active-networks">{t('networks.active')}</h2>
        {active.length ? (
          <ul className="cards">
            {active.map((m) => (
              <li key={m.network.id}>
                <h3>
                  <Link to={`/networks/${m.network.id}`}>{m.network.name}</Link>
                </h3>
                {facts(m)}
                {button(m, 'leave', 'button-danger')}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('networks.noActive')}</p>
        )}
      </section>
      {declined.length > 0 && (
        <section aria-labelledby="declined-networks">
          <h2 id="declined-networks">{t('networks.declined')}</h2>
          <ul className="cards">
            {declined.map((m) => (
              <li key={m.network.id}>
                <h3>{m.network.name}</h3>
                {facts(m)}
                {m.responded_at && (
                  <p className="meta">{t('networks.declinedOn', { when: formatDateTime(m.responded_at) })}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link to={`/organizations/${organization.id}`}>{t('networks.back', { name: organization.name })}</Link>
      </p>
    </>
  );
}
