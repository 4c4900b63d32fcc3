import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** After navigating inside the app, start reading and tabbing from the new page's content (`main`). */
export function useFocusOnNavigate<T extends HTMLElement>() {
  const location = useLocation();
  const main = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);
  return main;
}
