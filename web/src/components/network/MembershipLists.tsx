import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NetworkMembership } from '../../api';
import { formatDateTime } from '../../format';
import { MembershipFacts } from './MembershipFacts';
import type { Answer } from './useMembershipAnswer';

type Answered = (membership: NetworkMembership, answer: Answer) => void;

/** The button names its network for screen readers, as every card has the same buttons. */
function AnswerButton({ membership, answer, className, answered }: { membership: NetworkMembership; answer: Answer; className: string; answered: Answered }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={`button button-small ${className}`} onClick={() => answered(membership, answer)}>
      {t(`networks.${answer}`)}
      <span className="visually-hidden"> {membership.network.name}</span>
    </button>
  );
}

export function PendingNetworks({ memberships, answered }: { memberships: NetworkMembership[]; answered: Answered }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pending-networks">
      <h2 id="pending-networks">{t('networks.pending')}</h2>
      {memberships.length ? (
        <ul className="cards">
          {memberships.map((m) => (
            <li key={m.network.id}>
              <h3>{m.network.name}</h3>
              {m.network.focus && <p>{m.network.focus}</p>}
              <MembershipFacts membership={m} />
              <p className="meta">{t('networks.pendingHint')}</p>
              <div className="actions">
                <AnswerButton membership={m} answer="accept" className="button-primary" answered={answered} />
                <AnswerButton membership={m} answer="decline" className="" answered={answered} />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('networks.noPending')}</p>
      )}
    </section>
  );
}

export function ActiveNetworks({ memberships, answered }: { memberships: NetworkMembership[]; answered: Answered }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="active-networks">
      <h2 id="active-networks">{t('networks.active')}</h2>
      {memberships.length ? (
        <ul className="cards">
          {memberships.map((m) => (
            <li key={m.network.id}>
              <h3>
                <Link to={`/networks/${m.network.id}`}>{m.network.name}</Link>
              </h3>
              <MembershipFacts membership={m} />
              <AnswerButton membership={m} answer="leave" className="button-danger" answered={answered} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('networks.noActive')}</p>
      )}
    </section>
  );
}

/** Shown only once the organization has declined an invitation. */
export function DeclinedNetworks({ memberships }: { memberships: NetworkMembership[] }) {
  const { t } = useTranslation();
  if (!memberships.length) return null;
  return (
    <section aria-labelledby="declined-networks">
      <h2 id="declined-networks">{t('networks.declined')}</h2>
      <ul className="cards">
        {memberships.map((m) => (
          <li key={m.network.id}>
            <h3>{m.network.name}</h3>
            <MembershipFacts membership={m} />
            {m.responded_at && <p className="meta">{t('networks.declinedOn', { when: formatDateTime(m.responded_at) })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
