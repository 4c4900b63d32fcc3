import { useTranslation } from 'react-i18next';
import type { RoundEvent } from '../../feedbackApi';
import { formatDateTime } from '../../format';

/** A round's history, oldest first: asked, invited, answered, commented, closed with what changed. */
export function RoundEvents({ events, label }: { events: RoundEvent[]; label: string }) {
  const { t } = useTranslation();
  if (!events.length) return null;
  return (
    <ol className="feedback-events" aria-label={label}>
      {events.map((event, i) => (
        <li key={i} className={`feedback-event feedback-event-${event.kind}`}>
          <span className="meta">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </span>{' '}
          <span>{t(`feedback.event.${event.kind}`, { who: event.who })}</span>
          {event.text && <q className="feedback-event-text">{event.text}</q>}
        </li>
      ))}
    </ol>
  );
}
