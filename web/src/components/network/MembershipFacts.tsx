import { useTranslation } from 'react-i18next';
import type { NetworkMembership } from '../../api';
import { formatDateTime } from '../../format';

/** Who facilitates the network, the organization's role in it, and who invited it when. */
export function MembershipFacts({ membership: m }: { membership: NetworkMembership }) {
  const { t } = useTranslation();
  return (
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
}
