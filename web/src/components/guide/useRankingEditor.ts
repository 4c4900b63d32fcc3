import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type GuideRanking } from '../../api';
import { useProblemText } from '../forms';
import type { AnswerPath } from './useAnswerEditor';

/** Where focus goes after a move: the same button of the entry that moved, so that pressing it again keeps moving it. */
export interface MoveFocus {
  entry: string;
  control: 'up' | 'down' | 'add' | 'remove';
}

const staleOrder = (failure: unknown): GuideRanking | null =>
  failure instanceof ApiError && failure.is('stale-edit') && failure.problem.current ? (failure.problem.current as GuideRanking) : null;

/** Moves one id of `order` by `step` places (the order is unchanged at either end). */
export function moved(order: string[], entry: string, step: -1 | 1): string[] {
  const at = order.indexOf(entry);
  const to = at + step;
  if (at < 0 || to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[at], next[to]] = [next[to], next[at]];
  return next;
}

/**
 * A ranked item's order being edited: the saved order, the order as arranged now, and saving it with the version it
 * was arranged from. When someone else saved first (409), their order is shown and this user's arrangement is kept
 * for another save over it.
 */
export function useRankingEditor(path: AnswerPath, initial: GuideRanking) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [saved, setSaved] = useState<GuideRanking>(initial);
  const [order, setOrder] = useState<string[]>(initial.entries);
  const [base, setBase] = useState(initial.version);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<MoveFocus | null>(null);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusTarget) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-entry="${CSS.escape(focusTarget.entry)}"][data-control="${focusTarget.control}"]`)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const dirty = order.join('\n') !== saved.entries.join('\n');

  function arrange(next: string[], focus: MoveFocus) {
    setOrder(next);
    setStatus(null);
    // At an end the button that moved it is gone: the other direction is the one left.
    const position = next.indexOf(focus.entry);
    let control = focus.control;
    if (control === 'up' && position === 0) control = 'down';
    if (control === 'down' && position === next.length - 1) control = 'up';
    if (control === 'add') control = 'remove';
    setFocusTarget({ entry: focus.entry, control: position < 0 ? 'add' : control });
  }

  async function save() {
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const answer = await api.saveGuideRanking(path.teamId, path.guide, path.module, path.section, path.item, order, base);
      setSaved(answer);
      setOrder(answer.entries);
      setBase(answer.version);
      setStatus(t('guide.ranking.saved', { version: answer.version }));
    } catch (failure) {
      const current = staleOrder(failure);
      if (current) {
        setSaved(current);
        setBase(current.version);
        setError(t('guide.ranking.conflict', { name: current.author_name ?? '' }));
      } else setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  return { saved, order, dirty, busy, error, status, list, arrange, save, reset: () => setOrder(saved.entries) };
}
