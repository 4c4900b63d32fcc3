import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../api';
import { formatDateTime } from '../../format';
import { AddAmendment } from './AddAmendment';
import { nameOf } from './minutesNames';

/** What was added to the minutes after the meeting closed, by whom and when; `canWrite` may add more. */
export function Amendments({ minutes, canWrite, added }: { minutes: Minutes; canWrite: boolean; added: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="amendments">
      <h2 id="amendments">{t('minutes.amendments')}</h2>
      {minutes.amendments.length ? (
        <ul className="cards amendments">
          {minutes.amendments.map((m) => (
            <li key={m.id}>
              <span>{m.text}</span>
              <span className="meta">{t('minutes.amendedBy', { name: nameOf(m.author), time: formatDateTime(m.created_at) })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('minutes.noAmendments')}</p>
      )}
      {canWrite && <AddAmendment meetingId={minutes.meeting_id} added={added} />}
    </section>
  );
}
