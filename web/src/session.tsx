import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken, setUnauthenticatedHandler, type Session, type User } from './api';
import { currentLanguage, switchLanguage, type Language } from './i18n';
import { languageToSwitchTo } from './notificationSettings';

interface SessionState {
  /** undefined while the first GET /api/v1/session is under way; null when signed out. */
  user: User | null | undefined;
  /** Records a session that the server just opened (sign-in, accepted invitation). */
  begin: (session: Session) => void;
  /** Forgets the session on this side (after DELETE /api/v1/session, or when the server says it ended). */
  end: (reason?: 'signedOut') => void;
  /** Why the last session ended, when the user chose it: the sign-in page says so. */
  endedBy: 'signedOut' | null;
  /** Switches the app's language and, when signed in, saves it as the account's language (without waiting). */
  chooseLanguage: (language: Language) => void;
  /** The last language chosen while signed in could not be saved to the account (it still applies here). */
  languageNotSaved: boolean;
}

/**
 * The account's saved language wins over this browser's: at sign-in and when a session is found on load, the app
 * switches to it. This, `chooseLanguage` and the settings page's Save are where the app and the account's language
 * meet.
 */
function followAccountLanguage(): void {
  api.getNotificationSettings().then(
    (settings) => {
      const language = languageToSwitchTo(settings.language, currentLanguage());
      if (language) void switchLanguage(language);
    },
    () => {
      // Not known: the app keeps this browser's language.
    },
  );
}

/**
 * The session the server wrote into the page (src/api/page_shell.hpp): the GET /api/v1/session answer, or null when
 * signed out; undefined when the page has none (the development server), and after it has been read once, so that
 * a session ended since is never taken from it again.
 */
let inlined: Session | null | undefined = (() => {
  const element = document.getElementById('trellis-session');
  if (!element?.textContent) return undefined;
  element.remove();
  try {
    const session = JSON.parse(element.textContent) as Session | null;
    if (session) setCsrfToken(session.csrf_token);
    return session;
  } catch {
    return undefined;
  }
})();

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(() => (inlined === undefined ? undefined : (inlined?.user ?? null)));
  const [endedBy, setEndedBy] = useState<'signedOut' | null>(null);
  const [languageNotSaved, setLanguageNotSaved] = useState(false);

  const begin = useCallback((session: Session) => {
    setCsrfToken(session.csrf_token);
    setUser(session.user);
    setEndedBy(null);
    setLanguageNotSaved(false);
    followAccountLanguage();
  }, []);

  const end = useCallback((reason?: 'signedOut') => {
    setCsrfToken(null);
    setUser(null);
    setEndedBy(reason ?? null);
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => end());
    const known = inlined;
    inlined = undefined;
    if (known === undefined) api.getSession().then(begin, () => end());
    else if (known) begin(known);
    else end();
    return () => setUnauthenticatedHandler(null);
  }, [begin, end]);

  const signedIn = Boolean(user);
  const chooseLanguage = useCallback(
    (language: Language) => {
      void switchLanguage(language);
      if (!signedIn) return;
      api.changeNotificationSettings({ language }).then(
        () => setLanguageNotSaved(false),
        () => setLanguageNotSaved(true),
      );
    },
    [signedIn],
  );

  const value = useMemo(
    () => ({ user, begin, end, endedBy, chooseLanguage, languageNotSaved }),
    [user, begin, end, endedBy, chooseLanguage, languageNotSaved],
  );
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
