import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, type MeetingDetail } from '../../api';
import { dateLocale } from '../../format';
import { formatInZone } from '../../meetings';
import { useProblemText } from '../forms';

/** Why closing now may be a mistake: the meeting has not started, or most people's attendance is unrecorded
 * (more than half of its participants). The server closes either way: a facilitator may close early on purpose. */
export function closeConcerns(meeting: Pick<MeetingDetail, 'starts_at' | 'attendance'>, now: number) {
  const notStarted = !!meeting.starts_at && Date.parse(meeting.starts_at) > now;
  const total = meeting.attendance.length;
  const unrecorded = meeting.attendance.filter((a) => !a.status).length;
  return { notStarted, total, unrecorded, mostUnrecorded: unrecorded * 2 > total };
}

/** Closing the meeting, asked first in place: the question says what is unusual about closing now and what will be
 * sent (the minutes by mail to so many people, or, on a server without mail, minutes to print or share). Once
 * closed, its minutes. A failure goes to the page's message (`failed`). */
export function CloseMeeting({ meeting, failed }: { meeting: MeetingDetail; failed: (message: string | null) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problemText = useProblemText();
  const [confirmClose, setConfirmClose] = useState(false);
  const [closing, setClosing] = useState(false);
  const mailed = meeting.minutes_mail.mailed;
  const concerns = closeConcerns(meeting, Date.now());
  const unusual = concerns.notStarted || concerns.mostUnrecorded;

  async function close() {
    failed(null);
    setClosing(true);
    try {
      const minutes = await api.closeMeeting(meeting.id);
      navigate(`/meetings/${meeting.id}/minutes`, { state: { message: t(minutes.mailed ? 'live.closed' : 'live.closedPrint') } });
    } catch (failure) {
      failed(problemText(failure));
      setClosing(false);
    }
  }

  const recipients = meeting.minutes_mail.recipients;
  const sends = !mailed ? t('live.closeNoMail') : recipients > 0 ? t('live.closeMailTo', { count: recipients }) : t('live.closeMailNobody');
  return (
    <section aria-labelledby="close">
      <h2 id="close">{t('live.closeTitle')}</h2>
      <p>{t('live.closeText')}</p>
      {confirmClose ? (
        <div role="group" aria-labelledby="close-confirm" aria-describedby="close-sends" className="conflict">
          {concerns.notStarted && (
            <p className="close-concern">{t('live.closeNotStarted', { time: formatInZone(meeting.starts_at, meeting.time_zone, dateLocale()) })}</p>
          )}
          {concerns.mostUnrecorded && (
            <p className="close-concern">{t('live.closeUnrecorded', { count: concerns.unrecorded, total: concerns.total })}</p>
          )}
          <p id="close-sends">{sends}</p>
          <p id="close-confirm">{t(unusual ? 'live.closeAnyway' : 'live.closeConfirm')}</p>
          <div className="actions">
            <button type="button" className="button button-danger" aria-disabled={closing || undefined} onClick={() => !closing && void close()}>
              {closing ? t('form.working') : t(mailed && recipients > 0 ? 'live.closeYes' : 'live.closeYesNoMail')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmClose(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-primary" onClick={() => setConfirmClose(true)}>
          {t('live.close')}
        </button>
      )}
    </section>
  );
}
