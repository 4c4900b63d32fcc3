import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

/** The words of one kind of conflict. */
export interface ConflictWords {
  title: string;
  text: string;
  theirs: string;
  mine: string;
  choice: string;
  keepMine: string;
  useTheirs: string;
}

/** The conflict words under one part of the locale files (my note in a meeting, a guide answer). */
export function useConflictWords(
  part: 'live' | 'guide.answer' | 'agreements.form' | 'coaching.form' | 'assessments.form' | 'plan.item' | 'networkAdmin.edit' | 'organizationAdmin.edit' | 'evidence.edit',
): ConflictWords {
  const { t } = useTranslation();
  return {
    title: t(`${part}.conflictTitle`),
    text: t(`${part}.conflictText`),
    theirs: t(`${part}.theirs`),
    mine: t(`${part}.mine`),
    choice: t(`${part}.conflictChoice`),
    keepMine: t(`${part}.keepMine`),
    useTheirs: t(`${part}.useTheirs`),
  };
}

/** What a stale edit's 409 carries as `current` (the object as saved now), or null for any other failure. */
export function staleCurrent<T>(failure: unknown): T | null {
  if (!(failure instanceof ApiError) || failure.status !== 409 || !failure.is('stale-edit')) return null;
  return (failure.problem as unknown as { current?: T }).current ?? null;
}

/**
 * Focus in an editor with a conflict: into the conflict's choices when it shows (its group names it), and back to the
 * form's submit button once the user has picked. Answers `picked`, to call as the user picks (before clearing it).
 */
export function useConflictFocus(conflict: unknown, formRef: RefObject<HTMLFormElement | null>): () => void {
  const picked = useRef(false);
  useEffect(() => {
    const selector = conflict ? '.conflict button' : picked.current ? 'button[type="submit"]' : null;
    if (selector) formRef.current?.querySelector<HTMLButtonElement>(selector)?.focus();
    picked.current = false;
  }, [conflict, formRef]);
  return () => { picked.current = true; };
}

/**
 * Someone else saved first: their version beside this user's, and the two ways out (keep mine, use theirs).
 * `level` is the heading level of the title where the conflict is shown; the two columns are headed one below
 * (at level 6 as well, HTML having no seventh). The title takes focus when asked to (an editor moves focus there).
 */
export function EditConflict({
  id,
  level,
  words,
  theirs,
  mine,
  onKeepMine,
  onUseTheirs,
}: {
  id: string;
  level: 3 | 4 | 5 | 6;
  words: ConflictWords;
  theirs: ReactNode;
  mine: ReactNode;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const Title = `h${level}` as const;
  const Column = `h${Math.min(level + 1, 6) as 4 | 5 | 6}` as const;
  return (
    <div className="conflict" role="group" aria-labelledby={`${id}-conflict`}>
      <Title id={`${id}-conflict`} tabIndex={-1}>{words.title}</Title>
      <p>{words.text}</p>
      <div className="columns">
        <div>
          <Column>{words.theirs}</Column>
          {theirs}
        </div>
        <div>
          <Column>{words.mine}</Column>
          {mine}
        </div>
      </div>
      <p>{words.choice}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onKeepMine}>
          {words.keepMine}
        </button>
        <button type="button" className="button" onClick={onUseTheirs}>
          {words.useTheirs}
        </button>
      </div>
    </div>
  );
}
