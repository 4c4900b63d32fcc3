import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n';

/** Print the minutes, open the server's printable page, or go back to the meeting (none of it printed). */
export function MinutesActions({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  return (
    <div className="actions no-print">
      <button type="button" className="button button-primary" onClick={() => window.print()}>
        {t('minutes.print')}
      </button>
      <a className="button" href={`/api/v1/meetings/${meetingId}/minutes?format=html&lang=${currentLanguage()}`}>
        {t('minutes.printable')}
      </a>
      <Link className="button" to={`/meetings/${meetingId}`}>
        {t('minutes.backToMeeting')}
      </Link>
    </div>
  );
}
