import { useEffect, useRef } from 'react';

/**
 * For a button that opens something in place (an editor, a form): once it closes again, focus goes back to the
 * button, since whatever had focus inside is gone. Answers the ref to put on the button.
 */
export function useFocusBack<T extends HTMLElement = HTMLButtonElement>(open: boolean) {
  const opener = useRef<T>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return opener;
}
