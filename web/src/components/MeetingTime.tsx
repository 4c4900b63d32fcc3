import { useTranslation } from 'react-i18next';
import { dateLocale } from '../format';
import { formatForReader, formatInZone } from '../meetings';

/** A meeting's start on its own clock, its zone named, and the reader's own time beside it when that differs. */
export function MeetingTime({ startsAt, timeZone }: { startsAt: string | null | undefined; timeZone: string | null | undefined }) {
  const { t } = useTranslation();
  if (!startsAt) return <>{t('meeting.noStart')}</>;
  const readerTime = formatForReader(startsAt, timeZone ?? null, dateLocale());
  return (
    <>
      {formatInZone(startsAt, timeZone ?? null, dateLocale())}
      {readerTime && <span className="meta"> {t('timeZones.yourTime', { time: readerTime })}</span>}
    </>
  );
}
