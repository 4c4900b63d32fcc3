import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import {
  api,
  NETWORK_ROLES,
  type Network as NetworkData,
  type NetworkMember,
  type NetworkRole,
  type Organization,
  type Ref,
} from '../api';
import { FormAlert, SelectField, Status, SubmitButton, invalid, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { NetworkSharedData } from '../components/NetworkSharedData';
import { NetworkAgreements } from '../components/coaching/NetworkAgreements';
import { NetworkMeetings } from '../components/network/NetworkMeetings';
import { NetworkHeader } from '../components/network/NetworkHeader';
import { RemoveMember } from '../components/network/RemoveMember';

function OrganizationName({ organization, visible }: { organization: Ref; visible: Set<number> }) {
  return visible.has(organization.id) ? <Link to={`/organizations/${organization.id}`}>{organization.name}</Link> : <>{organization.name}</>;
}

/** A member that has not accepted is shown by its name when the server gives it (public record), and its status. */
function MemberEntry({ member, visible }: { member: NetworkMember; visible: Set<number> }) {
  const { t } = useTranslation();
  const { organization } = member;
  if (member.status === 'active' && organization.name !== null) {
    return (
      <>
        <OrganizationName organization={{ id: organization.id, name: organization.name }} visible={visible} />
        {organization.kind && <span className="meta">{t(`kind.${organization.kind}`)}</span>}
      </>
    );
  }
  return (
    <>
      <span>{organization.name ?? t('network.unnamed', { id: organization.id })}</span>
      <span className={`badge ${member.status === 'declined' ? 'badge-missing' : 'badge-planned'}`}>{t(`network.status.${member.status}`)}</span>
    </>
  );
}

function AddMember({
  network,
  candidates,
  added,
}: {
  network: NetworkData;
  candidates: Organization[];
  added: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<NetworkRole>('peer');
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = form.submit(async () => {
    setDone(null);
    if (!organizationId) throw invalid(t('errors.checkFields'), { organization_id: t('network.chooseOrganization') });
    const member = await api.addNetworkMember(network.id, Number(organizationId), role);
    setOrganizationId('');
    await added();
    const shown = { name: member.organization.name ?? t('network.unnamed', { id: member.organization.id }), role: t(`role.network.${member.role}`) };
    setDone(member.status === 'active' ? t('network.added', shown) : t('network.invited', shown));
  });

  return (
    <section aria-labelledby="add-network-member">
      <h2 id="add-network-member">{t('network.addMember')}</h2>
      {candidates.length === 0 ? (
        <p>{t('network.noCandidates')}</p>
      ) : (
        <form noValidate onSubmit={onSubmit} ref={form.formRef}>
          <FormAlert message={form.errors.form} />
          <SelectField
            label={t('network.organization')}
            name="organization_id"
            value={organizationId}
            onChange={setOrganizationId}
            options={[
              { value: '', label: t('network.chooseOrganization') },
              ...candidates.map((o) => ({ value: String(o.id), label: o.name })),
            ]}
            error={form.errors.fields.organization_id}
          />
          <SelectField
            label={t('field.role')}
            name="role"
            value={role}
            onChange={setRole}
            options={NETWORK_ROLES.map((value) => ({ value, label: t(`role.network.${value}`) }))}
            error={form.errors.fields.role}
          />
          <SubmitButton busy={form.busy}>{t('network.addMemberSubmit')}</SubmitButton>
        </form>
      )}
      <Status message={done} />
    </section>
  );
}

export default function Network() {
  const { t } = useTranslation();
  const networkId = Number(useParams().id);
  const location = useLocation();
  const [status, setStatus] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const [load, reload] = useLoad(
    () => Promise.all([api.getNetwork(networkId), api.listOrganizations()]),
    [networkId],
  );
  usePageTitle(load.state === 'ready' ? load.data[0].name : null);

  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [network, { organizations }] = load.data;
  const visible = new Set(organizations.map((o) => o.id));
  const manages = network.may.manage;
  const taken = new Set([network.facilitator.id, ...network.members.map((m) => m.organization.id)]);
  const candidates = organizations.filter((o) => !taken.has(o.id));

  const byRole = (role: NetworkRole) => network.members.filter((m) => m.role === role);

  return (
    <>
      <NetworkHeader
        network={network}
        facilitator={<OrganizationName organization={network.facilitator} visible={visible} />}
        saved={(updated) => {
          void reload();
          setStatus(t('networkAdmin.saved', { name: updated.name }));
        }}
      />
      <Status message={status} />
      {network.may.read_progress && (
        <p>
          <Link to={`/networks/${network.id}/dashboard`}>{t('dashboard.open')}</Link>
          {' · '}
          <Link to={`/networks/${network.id}/report`}>{t('reports.networkLink')}</Link>
        </p>
      )}
      {NETWORK_ROLES.map((role) => {
        const members = byRole(role);
        return (
          <section key={role} aria-labelledby={`network-${role}`}>
            <h2 id={`network-${role}`} tabIndex={-1}>
              {t(`network.${role}s`)}
            </h2>
            {members.length ? (
              <ul className="cards">
                {members.map((m) => (
                  <li key={m.organization.id}>
                    <MemberEntry member={m} visible={visible} />
                    {manages && (
                      <RemoveMember
                        networkId={network.id}
                        member={m}
                        removed={async (name) => {
                          await reload();
                          setStatus(t('networkAdmin.removed', { name }));
                          document.getElementById(`network-${role}`)?.focus();
                        }}
                      />
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t(`network.no_${role}s`)}</p>
            )}
          </section>
        );
      })}
      <NetworkMeetings networkId={network.id} />
      <NetworkAgreements networkId={network.id} manages={manages} />
      <NetworkSharedData networkId={network.id} />
      {manages && <AddMember network={network} candidates={candidates} added={reload} />}
    </>
  );
}
