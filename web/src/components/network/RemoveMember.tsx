import { useTranslation } from 'react-i18next';
import { api, type NetworkMember } from '../../api';
import { AskFirst } from '../AskFirst';

/** The facilitator's admins take a member organization out of the network (or withdraw its invitation), asking first. */
export function RemoveMember({ networkId, member, removed }: { networkId: number; member: NetworkMember; removed: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const name = member.organization.name ?? t('network.unnamed', { id: member.organization.id });
  return (
    <AskFirst
      label={t('networkAdmin.remove')}
      which={name}
      question={t('networkAdmin.removeQuestion', { name })}
      yes={t('networkAdmin.removeYes')}
      act={async () => {
        await api.removeNetworkMember(networkId, member.organization.id);
        await removed(name);
      }}
    />
  );
}
