import { useTranslation } from 'react-i18next';
import type { EvidenceEntry } from '../../evidenceApi';
import { formatDate } from '../../format';

/** What an entry says: its kind and date, who took part (roles), notes and quotes. */
export function EvidenceSummary({ entry }: { entry: EvidenceEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="evidence-head"><strong>{t(`evidence.kind.${entry.kind}`)}</strong>, {formatDate(entry.happened_on)}</p>
      {entry.participants && <p className="meta">{t('evidence.card.participants', { roles: entry.participants })}</p>}
      {entry.notes && <p>{entry.notes}</p>}
      {entry.quotes.length > 0 && (
        <ul className="evidence-quotes" aria-label={t('evidence.card.quotes')}>
          {entry.quotes.map((q) => <li key={q}><q>{q}</q></li>)}
        </ul>
      )}
    </>
  );
}
