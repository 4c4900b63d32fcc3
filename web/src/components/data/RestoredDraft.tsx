import { useTranslation } from 'react-i18next';

/** Says that unsaved changes from an earlier visit are back in the form, and offers to start over. */
export function RestoredDraft({ restored, onDiscard }: { restored: boolean; onDiscard: () => void }) {
  const { t } = useTranslation();
  if (!restored) return null;
  return (
    <div className="panel" role="note">
      <p>{t('data.draft.restored')}</p>
      <button type="button" className="button button-small" onClick={onDiscard}>
        {t('data.draft.discard')}
      </button>
    </div>
  );
}
