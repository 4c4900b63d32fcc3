// Pages are loaded on demand. After a new version is deployed, a tab opened before it asks for code files that
// are gone (the server answers 404 under /assets/): the page is then reloaded once, which brings the new
// version. If the code still cannot be loaded, the error reaches the page boundary in Layout, which says so.
import { lazy, type ComponentType } from 'react';

const RELOADED = 'trellis.reloaded-for-new-code';

/** Forgets the reload made for missing code, so that a later deploy gets one too. */
export function clearCodeReload(): void {
  sessionStorage.removeItem(RELOADED);
}

/** `React.lazy` for a page, with one reload when its code is missing. */
export function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() =>
    load().then(
      (module) => {
        clearCodeReload();
        return module;
      },
      (error: unknown) => {
        if (sessionStorage.getItem(RELOADED)) throw error;
        sessionStorage.setItem(RELOADED, '1');
        window.location.reload();
        return new Promise<never>(() => {}); // the reload replaces this page
      },
    ),
  );
}
