import { useTranslation } from 'react-i18next';
import { type Member } from '../../api';

/** A member row's edit and remove buttons; removing asks first, in the row. */
export function MemberActions({
  member,
  confirming,
  setConfirming,
  edit,
  confirmRemove,
}: {
  member: Member;
  confirming: boolean;
  setConfirming: (on: boolean) => void;
  edit: (member: Member) => void;
  confirmRemove: (member: Member) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <td className="row-actions">
      {confirming ? (
        <span role="group" aria-label={t('team.confirmRemove', { name: member.name })}>
          <span className="confirm-text">{t('team.confirmRemove', { name: member.name })}</span>{' '}
          <button type="button" className="button button-danger button-small" onClick={() => void confirmRemove(member)}>
            {t('team.confirmRemoveYes')}
          </button>{' '}
          <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
            {t('form.cancel')}
          </button>
        </span>
      ) : (
        <>
          <button type="button" className="button button-small" onClick={() => edit(member)}>
            {t('team.edit')}
            <span className="visually-hidden"> {member.name}</span>
          </button>{' '}
          <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
            {t('team.remove')}
            <span className="visually-hidden"> {member.name}</span>
          </button>
        </>
      )}
    </td>
  );
}
