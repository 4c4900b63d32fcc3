import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type NetworkMembership } from '../api';
import { FormAlert, Status } from '../components/forms';
import { CreateNetwork } from '../components/network/CreateNetwork';
import { ActiveNetworks, DeclinedNetworks, PendingNetworks } from '../components/network/MembershipLists';
import { useMembershipAnswer, type Answer } from '../components/network/useMembershipAnswer';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';

/**
 * An organization's networks, for its admins: the invitations waiting for their answer (a network sees nothing of
 * the organization but its name until one of them accepts), the networks it takes part in, which it may leave at
 * any time, and the invitations it declined.
 */
export default function NetworkMemberships() {
  const { t } = useTranslation();
  const organizationId = Number(useParams().id);
  const [load, reload] = useLoad(
    () => Promise.all([api.getOrganization(organizationId), api.listNetworkMemberships(organizationId)]),
    [organizationId],
  );
  const { status, error, answer } = useMembershipAnswer(organizationId, reload);
  usePageTitle(load.state === 'ready' ? t('networks.title', { name: load.data[0].name }) : null);

  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [organization, { memberships }] = load.data;
  const withStatus = (wanted: NetworkMembership['status']) => memberships.filter((m) => m.status === wanted);
  const answered = (membership: NetworkMembership, what: Answer) => void answer(membership, what);

  return (
    <>
      <h1 id="networks-heading" tabIndex={-1}>
        {t('networks.title', { name: organization.name })}
      </h1>
      <p>{t('networks.intro')}</p>
      <Status message={status} />
      <FormAlert message={error} />
      <PendingNetworks memberships={withStatus('pending')} answered={answered} />
      <ActiveNetworks memberships={withStatus('active')} answered={answered} />
      <DeclinedNetworks memberships={withStatus('declined')} />
      {organization.may.manage && <CreateNetwork organizationId={organization.id} organizationName={organization.name} />}
      <p>
        <Link to={`/organizations/${organization.id}`}>{t('networks.back', { name: organization.name })}</Link>
      </p>
    </>
  );
}
