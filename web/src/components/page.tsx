import { useCallback, useEffect, useId, useRef, useState, type DependencyList, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api';
import { clearCodeReload } from '../lazyPage';
import { useProblemText } from './forms';

/** Sets the document title: "<page> · Trellis". */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    const product = t('product');
    document.title = title ? `${title} · ${product}` : product;
  }, [title, t]);
}

export type Load<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; data: T };

/** Runs `loader` when `deps` change; `reload` runs it again and keeps the shown data until the answer comes. */
export function useLoad<T>(loader: () => Promise<T>, deps: DependencyList): [Load<T>, () => Promise<void>] {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const current = useRef(0);
  // The caller names the loader's dependencies, as with useEffect: a hook that takes `deps` cannot list them.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(loader, deps);

  const reload = useCallback(async () => {
    const ticket = ++current.current;
    // An answer that is already in memory (the page's first data, src/firstData.ts) arrives before the next task,
    // which no network answer can: it is rendered at once, in this task (flushSync), so that a page and the parts
    // that load their own data once it is shown all render before the browser lays out and paints a frame, rather
    // than one frame each.
    let inMemory = true;
    const timer = setTimeout(() => (inMemory = false));
    const show = (next: Load<T>) => {
      clearTimeout(timer);
      if (ticket !== current.current) return;
      if (inMemory) flushSync(() => setLoad(next));
      else setLoad(next);
    };
    try {
      show({ state: 'ready', data: await run() });
    } catch (error) {
      show({ state: 'failed', error });
    }
  }, [run]);

  useEffect(() => {
    setLoad({ state: 'loading' });
    void reload();
    return () => {
      // A counter, not a DOM node: bumping it at cleanup is what makes an answer to a superseded load ignored.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      current.current++;
    };
  }, [reload]);

  return [load, reload];
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('loading')}
    </p>
  );
}

/** What a page shows when its data could not be loaded: "not found" or the problem's text. */
export function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const notFound = error instanceof ApiError && error.status === 404;
  const title = notFound ? t('notFound.title') : t('errors.loadFailed');
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{notFound ? t('notFound.text') : problemText(error)}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}

/**
 * What the page area shows when a page's code could not be loaded or the page failed while drawing (the
 * boundary in Layout): the header stays usable, and a reload usually brings the page back.
 */
export function PageFailed() {
  const { t } = useTranslation();
  usePageTitle(t('errors.loadFailed'));
  return (
    <>
      <h1>{t('errors.loadFailed')}</h1>
      <p>{t('errors.pageFailedHint')}</p>
      <p>
        <button
          type="button"
          className="button"
          onClick={() => {
            clearCodeReload();
            window.location.reload();
          }}
        >
          {t('errors.reloadPage')}
        </button>
      </p>
    </>
  );
}

/**
 * A table that may scroll sideways on narrow screens: the scrolling box is a labelled region that takes focus,
 * so keyboard users can scroll it too. `caption` labels both the table and the region.
 */
export function TableRegion({ caption, hideCaption, children }: { caption: string; hideCaption?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id} className={hideCaption ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/** A section's data could not be loaded: the problem's text, without taking over the page. */
export function InlineFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  return (
    <p className="alert alert-error">
      <strong>{t('errors.prefix')}</strong> {problemText(error)}
    </p>
  );
}
