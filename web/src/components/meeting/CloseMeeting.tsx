import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import { useProblemText } from '../forms';

/** Closing the meeting, asked twice; once closed, its minutes. A failure goes to the page's message (`failed`). */
export function CloseMeeting({ meetingId, failed }: { meetingId: number; failed: (message: string | null) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problemText = useProblemText();
  const [confirmClose, setConfirmClose] = useState(false);
  const [closing, setClosing] = useState(false);

  async function close() {
    failed(null);
    setClosing(true);
    try {
      await api.closeMeeting(meetingId);
      navigate(`/meetings/${meetingId}/minutes`, { state: { message: t('live.closed') } });
    } catch (failure) {
      failed(problemText(failure));
      setClosing(false);
    }
  }

  return (
    <section aria-labelledby="close">
      <h2 id="close">{t('live.closeTitle')}</h2>
      <p>{t('live.closeText')}</p>
      {confirmClose ? (
        <div role="group" aria-labelledby="close-confirm" className="conflict">
          <p id="close-confirm">{t('live.closeConfirm')}</p>
          <div className="actions">
            <button type="button" className="button button-danger" aria-disabled={closing || undefined} onClick={() => !closing && void close()}>
              {closing ? t('form.working') : t('live.closeYes')}
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
