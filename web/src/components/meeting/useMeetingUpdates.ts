import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api, type MeetingDetail } from '../../api';
import { useLiveMeeting } from '../../live';
import { useUser } from '../../session';
import { describeChanges } from './describeChanges';

/**
 * The meeting as others change it: reloaded on each live event (or poll) while it is open, with what changed
 * announced in words. `did` reloads after a change of mine, announced by `message` rather than as someone else's.
 */
export function useMeetingUpdates(initial: MeetingDetail) {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const [meeting, setMeeting] = useState(initial);
  const ticket = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++ticket.current;
    try {
      const latest = await api.getMeeting(initial.id);
      if (mine === ticket.current) setMeeting(latest);
    } catch {
      // Keep what is shown; the next event or poll tries again.
    }
  }, [initial.id]);
  const [announcement, setAnnouncement] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const mine = useRef(new Set<string>());
  const previous = useRef(meeting);

  useEffect(() => {
    const changes = describeChanges(t, previous.current, meeting, mine.current, user.id);
    previous.current = meeting;
    if (changes.length) setAnnouncement(changes.join(' '));
  }, [meeting, t, user.id]);

  const refresh = useCallback(() => void reload(), [reload]);
  const mode = useLiveMeeting(meeting.id, meeting.status === 'scheduled' || meeting.status === 'draft', refresh);

  const did = async (key: string, message?: string) => {
    mine.current.add(key);
    await reload();
    if (message) setAnnouncement(message);
  };

  return { meeting, announcement, mode, did };
}
