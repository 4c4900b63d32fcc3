import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../forms';
import type { NetworkDraft } from './networkDraft';

/** A network's name, focus and dates, for starting one and for editing it. */
export function NetworkFields({ draft, set, errors }: { draft: NetworkDraft; set: (draft: NetworkDraft) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('field.name')} name="name" value={draft.name} onChange={(e) => set({ ...draft, name: e.target.value })} error={errors.name} />
      <TextAreaField label={t('networkAdmin.focus')} name="focus" optional value={draft.focus} onChange={(focus) => set({ ...draft, focus })} error={errors.focus} />
      <div className="grid">
        <TextField label={t('network.starts')} name="starts_on" type="date" optional value={draft.startsOn} onChange={(e) => set({ ...draft, startsOn: e.target.value })} error={errors.starts_on} />
        <TextField label={t('network.ends')} name="ends_on" type="date" optional value={draft.endsOn} onChange={(e) => set({ ...draft, endsOn: e.target.value })} error={errors.ends_on} />
      </div>
    </>
  );
}
