import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken, setUnauthenticatedHandler, type Session, type User } from './api';

interface SessionState {
  /** undefined while the first GET /api/v1/session is under way; null when signed out. */
  user: User | null | undefined;
  /** Records a session that the server just opened (sign-in, accepted invitation). */
  begin: (session: Session) => void;
  /** Forgets the session on this side (after DELETE /api/v1/session, or when the server says it ended). */
  end: (reason?: 'signedOut') => void;
  /** Why the last session ended, when the user chose it: the sign-in page says so. */
  endedBy: 'signedOut' | null;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [endedBy, setEndedBy] = useState<'signedOut' | null>(null);

  const begin = useCallback((session: Session) => {
    setCsrfToken(session.csrf_token);
    setUser(session.user);
    setEndedBy(null);
  }, []);

  const end = useCallback((reason?: 'signedOut') => {
    setCsrfToken(null);
    setUser(null);
    setEndedBy(reason ?? null);
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => end());
    api.getSession().then(begin, () => end());
    return () => setUnauthenticatedHandler(null);
  }, [begin, end]);

  const value = useMemo(() => ({ user, begin, end, endedBy }), [user, begin, end, endedBy]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in user; only for pages behind the sign-in guard. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
