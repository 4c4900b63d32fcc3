import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, ORGANIZATION_ROLES, type OrganizationMember, type OrganizationRole } from '../../api';
import { FormAlert, Status, useProblemText } from '../forms';
import { InlineFailure, Loading, TableRegion, useLoad } from '../page';

/** One person's row: their role as a choice, saved with the row's button (named with the person). */
function MemberRow({ member, save }: { member: OrganizationMember; save: (member: OrganizationMember, role: OrganizationRole) => Promise<void> }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<OrganizationRole>(member.role);
  const [busy, setBusy] = useState(false);
  const selectId = `org-member-${member.user_id}-role`;
  return (
    <tr>
      <th scope="row">{member.name}</th>
      <td>{member.email}</td>
      <td>
        <label htmlFor={selectId} className="visually-hidden">
          {t('orgMembers.roleOf', { name: member.name })}
        </label>
        <select id={selectId} value={role} onChange={(e) => setRole(e.target.value as OrganizationRole)}>
          {ORGANIZATION_ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.organization.${value}`)}
            </option>
          ))}
        </select>{' '}
        {role !== member.role && (
          <button
            type="button"
            className="button button-small"
            aria-disabled={busy || undefined}
            onClick={async () => {
              if (busy) return;
              setBusy(true);
              await save(member, role);
              setBusy(false);
            }}
          >
            {t('orgMembers.save')}
            <span className="visually-hidden"> {t('orgMembers.roleOf', { name: member.name })}</span>
          </button>
        )}
      </td>
    </tr>
  );
}

/** The organization's people and their roles in it, for its admins, who change a role here. */
export function OrganizationMembers({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [load, reload] = useLoad(() => api.listOrganizationMembers(organizationId), [organizationId]);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async (member: OrganizationMember, role: OrganizationRole) => {
    setStatus(null);
    setError(null);
    try {
      await api.setOrganizationRole(organizationId, member.user_id, role);
    } catch (failure) {
      // The one conflict here: the organization would be left without an admin.
      setError(failure instanceof ApiError && failure.is('conflict') ? t('orgMembers.lastAdmin') : problemText(failure));
      return;
    }
    await reload();
    setStatus(t('orgMembers.changed', { name: member.name, role: t(`role.organization.${role}`) }));
  };
  return (
    <section aria-labelledby="organization-people">
      <h2 id="organization-people">{t('orgMembers.title')}</h2>
      <Status message={status} />
      <FormAlert message={error} />
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' && (
        <TableRegion caption={t('orgMembers.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.email')}</th>
              <th scope="col">{t('field.role')}</th>
            </tr>
          </thead>
          <tbody>
            {load.data.members.map((member) => (
              <MemberRow key={`${member.user_id}-${member.role}`} member={member} save={save} />
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}
