import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationDetail } from '../../api';
import { Status } from '../forms';
import { EditOrganization } from './EditOrganization';
import { OrganizationFacts } from './OrganizationFacts';

/**
 * The organization's facts and student profile (`students`); for those who may manage it (`may.manage`), an Edit
 * button that puts the editor in their place. `reload` fetches the organization again after a save.
 */
export function EditableProfile({ organization, myRole, students, reload }: {
  organization: OrganizationDetail; myRole: string | undefined; students: ReactNode; reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = (message: string | null) => {
    setEditing(false);
    setStatus(message);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <>
      <Status message={status} />
      {editing ? (
        <EditOrganization
          organization={organization}
          saved={(updated) => void reload().then(() => close(t('organizationAdmin.saved', { name: updated.name })))}
          cancel={() => close(null)}
        />
      ) : (
        <>
          <OrganizationFacts organization={organization} myRole={myRole} />
          {organization.may.manage && (
            <p>
              <button type="button" ref={editButton} className="button button-small" onClick={() => { setStatus(null); setEditing(true); }}>
                {t('organizationAdmin.edit.open')}
              </button>
            </p>
          )}
          {students}
        </>
      )}
    </>
  );
}
