import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Member, type OutreachItem, type OutreachPatch } from '../../api';
import { SelectField, TextField } from '../forms';

/** The owner (one of the team's members, or nobody) and the due date of one outreach item. */
export function OutreachEdit({
  item,
  members,
  busy,
  cancel,
  submit,
}: {
  item: OutreachItem;
  members: Member[];
  busy: boolean;
  cancel: () => void;
  submit: (changes: Omit<OutreachPatch, 'version'>) => void;
}) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState(item.owner_member_id === null ? '' : String(item.owner_member_id));
  const [due, setDue] = useState(item.due_on ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit({ owner_member_id: owner === '' ? null : Number(owner), due_on: due === '' ? null : due });
  };
  return (
    <form className="outreach-edit" onSubmit={onSubmit} aria-label={t('team.editOutreachFor', { title: item.title })}>
      <SelectField
        label={t('team.outreachOwner')}
        name="owner_member_id"
        value={owner}
        options={[{ value: '', label: t('team.noOwner') }, ...members.map((m) => ({ value: String(m.id), label: m.name }))]}
        onChange={setOwner}
      />
      <TextField label={t('team.outreachDue')} name="due_on" type="date" value={due} optional onChange={(event) => setDue(event.target.value)} />
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('team.saveOutreach')}
        </button>
        <button type="button" className="button" onClick={cancel}>
          {t('team.cancel')}
        </button>
      </div>
    </form>
  );
}
