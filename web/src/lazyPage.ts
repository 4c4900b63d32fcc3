// Pages are loaded on demand. After a new version is deployed, a tab opened before it asks for code files that
// are gone (the server answers 404 under /assets/): the page is then reloaded once, which brings the new
// version. If the code still cannot be loaded, the error reaches the page boundary in Layout, which says so.
//
// A page's code is also fetched ahead, when a link to it is pointed at or focused (prefetchPagesOnIntent), so that
// an in-app navigation does not wait for it.
import { createElement, lazy, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { createRoutesFromElements, matchRoutes } from 'react-router';

const RELOADED = 'trellis.reloaded-for-new-code';

/** Forgets the reload made for missing code, so that a later deploy gets one too. */
export function clearCodeReload(): void {
  sessionStorage.removeItem(RELOADED);
}

/**
 * `React.lazy` for a page, with one reload when its code is missing. Once the code is there (prefetched, or loaded
 * before the first render by loadPageCode), the page renders at once: React.lazy would suspend once more, and React
 * holds a revealed Suspense boundary back for up to 300 ms.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  let started: Promise<{ default: ComponentType }> | null = null;
  let loaded: ComponentType | null = null;
  // One fetch of the code, shared by a prefetch and the page; a failed one is tried again next time.
  const once = () =>
    (started ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        started = null;
        throw error;
      },
    ));
  const suspending = lazy(() =>
    once().then(
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
  const page = () => createElement(loaded ?? suspending);
  loaders.set(page, once);
  return page;
}

const loaders = new WeakMap<object, () => Promise<unknown>>();

/** The code of each page that `pathname` shows under `pages` (the app's <Route> tree), loaded. */
function pageCode(routes: ReturnType<typeof createRoutesFromElements>, pathname: string): Promise<unknown>[] {
  return (matchRoutes(routes, pathname) ?? []).flatMap((match) => {
    const type = (match.route.element as ReactElement | null | undefined)?.type;
    const load = typeof type === 'function' || (typeof type === 'object' && type !== null) ? loaders.get(type) : undefined;
    return load ? [load()] : [];
  });
}

/**
 * Loads the code of the page at `pathname` before the app's first render (the server has named it in the page,
 * so it is usually fetched already), waiting at most `atMostMs`; failures are left to the page (lazyPage).
 */
export function loadPageCode(pages: ReactNode, pathname: string, atMostMs = 300): Promise<void> {
  const loading = Promise.all(pageCode(createRoutesFromElements(pages), pathname)).then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([loading, new Promise<void>((resolve) => setTimeout(resolve, atMostMs))]);
}

/**
 * Fetches the code of the page a link leads to when the pointer comes over it, a finger touches it or it takes the
 * focus: by the click, the code is there. `pages` is the app's <Route> tree; returns the listeners' removal.
 */
export function prefetchPagesOnIntent(pages: ReactNode): () => void {
  const routes = createRoutesFromElements(pages);
  const done = new Set<string>();
  const prefetch = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin || done.has(link.pathname)) return;
    done.add(link.pathname);
    for (const loading of pageCode(routes, link.pathname)) loading.catch(() => done.delete(link.pathname));
  };
  const events = ['pointerover', 'touchstart', 'focusin'] as const;
  for (const name of events) document.addEventListener(name, prefetch, { passive: true });
  return () => {
    for (const name of events) document.removeEventListener(name, prefetch);
  };
}
