import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type NetworkMembership } from '../../api';
import { useProblemText } from '../forms';

export type Answer = 'accept' | 'decline' | 'leave';

/**
 * An organization's answer to a network: accept or decline its invitation, or leave it. The lists are read again
 * after each, and focus goes back to the page heading, since the card that held the button is gone.
 */
export function useMembershipAnswer(organizationId: number, reload: () => Promise<void>) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function answer(membership: NetworkMembership, what: Answer) {
    setStatus(null);
    setError(null);
    try {
      if (what === 'leave') await api.removeNetworkMember(membership.network.id, organizationId);
      else await api.answerNetworkInvitation(organizationId, membership.network.id, what);
      await reload();
      setStatus(t(`networks.done.${what}`, { network: membership.network.name }));
    } catch (failure) {
      setError(problemText(failure));
    }
    document.getElementById('networks-heading')?.focus();
  }

  return { status, error, answer };
}
