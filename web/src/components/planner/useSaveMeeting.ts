import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ApiError, type Meeting } from '../../api';
import type { useForm } from '../forms';
import { meetingInput, type Plan } from './plan';

/**
 * Saving the plan as a draft or a scheduled meeting: creates or updates it, then opens the meeting (scheduled) or
 * the planner again with a message (draft). A stale edit adds a hint to reload.
 */
export function useSaveMeeting(
  teamId: number,
  meeting: Meeting | null,
  plan: Plan,
  form: ReturnType<typeof useForm>,
  setStatus: (status: string | null) => void,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (target: 'draft' | 'scheduled') =>
    form.submit(async () => {
      setStatus(null);
      const body = meetingInput(plan, target);
      let saved: Meeting;
      if (meeting) {
        try {
          saved = await api.updateMeeting(meeting.id, { ...body, version: meeting.version });
        } catch (error) {
          if (error instanceof ApiError && error.is('stale-edit')) setStatus(t('planner.staleHint'));
          throw error;
        }
      } else {
        saved = await api.createMeeting(teamId, body);
      }
      if (target === 'scheduled')
        navigate(`/meetings/${saved.id}`, { state: { message: meeting?.status === 'scheduled' ? t('planner.updated') : t('planner.scheduled') } });
      else if (!meeting) navigate(`/meetings/${saved.id}/edit`, { replace: true, state: { message: t('planner.draftSaved') } });
      else {
        navigate(`/meetings/${saved.id}/edit`, { replace: true, state: { message: t('planner.draftSaved'), at: Date.now() } });
      }
    });
}
