// Whom a resource may be shared with, for the add and edit form: the owning organization, the caller's networks and
// the organization's teams the caller is on. The server has the last word (422 on share_id).
import type { TFunction } from 'i18next';
import type { api } from '../../api';
import type { Resource, ShareScope } from '../../libraryApi';

export type Me = Awaited<ReturnType<typeof api.getMe>>;

export function shareKey(scope: ShareScope, id: number): string {
  return `${scope}:${id}`;
}

export function shareChoices(t: TFunction, me: Me | null, owner: number, resource?: Resource) {
  const options = [
    { value: '', label: t('library.form.chooseShare') },
    ...(me?.organizations ?? []).filter((o) => o.id === owner).map((o) => ({ value: shareKey('organization', o.id), label: t('library.sharedWith.organization', { name: o.name }) })),
    ...(me?.networks ?? []).map((n) => ({ value: shareKey('network', n.id), label: t('library.sharedWith.network', { name: n.name }) })),
    ...(me?.teams ?? []).filter((team) => team.organization_id === owner).map((team) => ({ value: shareKey('team', team.id), label: t('library.sharedWith.team', { name: team.name }) })),
  ];
  if (resource && !options.some((o) => o.value === shareKey(resource.share.scope, resource.share.id))) {
    options.push({ value: shareKey(resource.share.scope, resource.share.id), label: t(`library.sharedWith.${resource.share.scope}`, { name: resource.share.name }) });
  }
  return options;
}
