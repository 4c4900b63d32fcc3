// The live channel of a meeting: a WebSocket on /api/v1/live (docs/architecture.md, "Live channel"). Every event
// makes the page reload the meeting from the REST API; when the socket cannot connect the page polls every 3 s
// and keeps trying the socket. A reconnect sends `since` (the last seq seen) and `epoch` so nothing is missed.
import { useEffect, useRef, useState } from 'react';

export type LiveMode = 'connecting' | 'live' | 'polling';

export const POLL_MS = 3000;

/** The socket's address for a meeting, on the page's origin; a reconnect names the last event seen and its epoch. */
export function liveUrl(pageUrl: string, meetingId: number, since: number | null, epoch: string | null): URL {
  const url = new URL(`/api/v1/live`, pageUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('topic', `meeting:${meetingId}`);
  if (since !== null) url.searchParams.set('since', String(since));
  if (epoch !== null) url.searchParams.set('epoch', epoch);
  return url;
}

export function useLiveMeeting(meetingId: number, enabled: boolean, onChange: () => void): LiveMode {
  const [mode, setMode] = useState<LiveMode>('connecting');
  const callback = useRef(onChange);
  callback.current = onChange;

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let socket: WebSocket | null = null;
    let seq: number | null = null;
    let epoch: string | null = null;
    let poller: number | undefined;
    let retry: number | undefined;
    let failures = 0;

    const startPolling = () => {
      setMode('polling');
      if (poller === undefined) poller = window.setInterval(() => callback.current(), POLL_MS);
    };
    const stopPolling = () => {
      if (poller !== undefined) window.clearInterval(poller);
      poller = undefined;
    };

    const connect = () => {
      if (stopped) return;
      let opened = false;
      try {
        socket = new WebSocket(liveUrl(window.location.href, meetingId, seq, epoch));
      } catch {
        socket = null;
        startPolling();
        schedule();
        return;
      }
      // Live only once the hub said hello: a socket that opens and closes without it counts as a failure.
      socket.onmessage = (message) => {
        let data: { type?: string; seq?: number; epoch?: string | number; event?: unknown };
        try {
          data = JSON.parse(String(message.data));
        } catch {
          return;
        }
        if (data.type === 'hello') {
          opened = true;
          failures = 0;
          stopPolling();
          setMode('live');
          const reconnect = seq !== null;
          if (data.epoch !== undefined) epoch = String(data.epoch);
          if (seq === null && typeof data.seq === 'number') seq = data.seq;
          // Anything that happened while we were away comes as events; reload once anyway to be sure.
          if (reconnect) callback.current();
          return;
        }
        if (typeof data.seq === 'number') seq = data.seq;
        callback.current();
      };
      socket.onclose = () => {
        socket = null;
        if (stopped) return;
        if (!opened) failures++;
        startPolling();
        schedule();
      };
    };

    const schedule = () => {
      if (stopped) return;
      window.clearTimeout(retry);
      retry = window.setTimeout(connect, Math.min(30000, 1000 * 2 ** Math.min(failures, 5)));
    };

    connect();
    return () => {
      stopped = true;
      stopPolling();
      window.clearTimeout(retry);
      socket?.close();
    };
  }, [meetingId, enabled]);

  return mode;
}
