import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { currentLanguage } from '../../i18n';
import { FormAlert, useProblemText } from '../forms';

/** The kinds of plan item a contributor edits and deletes on the plan page. */
export type PlanItemKind = 'goal' | 'objective' | 'activity' | 'milestone' | 'barrier';

const editButtonId = (kind: PlanItemKind, id: number) => `plan-${kind}-${id}-edit`;
const deleteButtonId = (kind: PlanItemKind, id: number) => `plan-${kind}-${id}-delete`;

/** Moves focus once React has drawn the change (the element may only exist after the next render). */
export function focusLater(elementId: string, tries = 5): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(elementId);
    if (element) element.focus();
    else if (tries > 1) setTimeout(() => focusLater(elementId, tries - 1), 50);
  });
}

/**
 * The words for a refused delete. A 409 conflict here says why the item cannot go yet ("goal 5 still has 2
 * objectives: remove or move them first"), which the shared problem text would replace with the generic words
 * for a conflict: the server's detail is shown instead (in another language, after a sentence of ours).
 */
function useDeleteProblemText(): (error: unknown) => string {
  const { t } = useTranslation();
  const problemText = useProblemText();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.is('conflict') && error.problem.detail) {
        const detail = error.problem.detail;
        return currentLanguage() === 'en' ? detail : t('plan.item.deleteRefused', { detail });
      }
      return problemText(error);
    },
    [t, problemText],
  );
}

/**
 * The editing state of one section's items: which item is open in its editor, which asks to confirm its deletion,
 * the status message after a save or a delete, and a refused delete's message. Focus goes back to the item's Edit
 * button after a save or a cancel, to the Delete button after a refused delete, and to the section's heading
 * (`headingId`) after the item is gone. Two kinds in one section share its status message through `shared`.
 */
export function usePlanItems(kind: PlanItemKind, headingId: string, reload: () => Promise<void>, shared?: [string | null, (message: string | null) => void]) {
  const { t } = useTranslation();
  const deleteProblemText = useDeleteProblemText();
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const own = useState<string | null>(null);
  const [status, setStatus] = shared ?? own;
  const [error, setError] = useState<{ id: number; text: string } | null>(null);
  const which = (name: string) => t(`plan.${kind}.which`, { name });
  const start = (id: number) => {
    setStatus(null);
    setError(null);
    setConfirming(null);
    setEditing(id);
  };
  /** The editor of `id` closes; `savedName` is the item's name when it was saved, null when cancelled. */
  const finish = async (id: number, savedName: string | null) => {
    if (savedName !== null) {
      await reload();
      setStatus(t('plan.item.saved', { which: which(savedName) }));
    }
    setEditing(null);
    focusLater(editButtonId(kind, id));
  };
  const ask = (id: number | null) => {
    setStatus(null);
    setError(null);
    setConfirming(id);
  };
  const cancelDelete = (id: number) => {
    setConfirming(null);
    focusLater(deleteButtonId(kind, id));
  };
  const remove = async (id: number, name: string, doDelete: () => Promise<void>) => {
    setError(null);
    try {
      await doDelete();
    } catch (failure) {
      setConfirming(null);
      setError({ id, text: deleteProblemText(failure) });
      focusLater(deleteButtonId(kind, id));
      return;
    }
    setConfirming(null);
    if (editing === id) setEditing(null);
    await reload();
    setStatus(t('plan.item.deleted', { which: which(name) }));
    focusLater(headingId);
  };
  return { kind, which, editing, confirming, status, error, start, finish, ask, cancelDelete, remove };
}

export type PlanItems = ReturnType<typeof usePlanItems>;

/**
 * An item's Edit and Delete buttons, named with the item ("Edit goal Reduce chronic absence"); deleting asks first,
 * in place (as the team's members table does), and a refused delete says why next to the buttons.
 */
export function ItemActions({ items, id, name, onDelete }: { items: PlanItems; id: number; name: string; onDelete: () => Promise<void> }) {
  const { t } = useTranslation();
  const confirming = items.confirming === id;
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  const which = items.which(name);
  const question = t('plan.item.confirmDelete', { which });
  return (
    <div className="row-actions no-print plan-item-actions">
      {confirming ? (
        <span role="group" aria-label={question}>
          <span className="confirm-text">{question}</span>{' '}
          <button type="button" className="button button-danger button-small" onClick={() => void items.remove(id, name, onDelete)}>
            {t('plan.item.confirmDeleteYes')}<span className="visually-hidden"> {which}</span>
          </button>{' '}
          <button type="button" className="button button-small" ref={cancel} onClick={() => items.cancelDelete(id)}>
            {t('form.cancel')}
          </button>
        </span>
      ) : (
        items.editing !== id && (
          <>
            <button type="button" id={editButtonId(items.kind, id)} className="button button-small" onClick={() => items.start(id)}>
              {t('plan.item.edit')}<span className="visually-hidden"> {which}</span>
            </button>{' '}
            <button type="button" id={deleteButtonId(items.kind, id)} className="button button-small" onClick={() => items.ask(id)}>
              {t('plan.item.delete')}<span className="visually-hidden"> {which}</span>
            </button>
          </>
        )
      )}
      <FormAlert message={items.error?.id === id ? items.error.text : null} />
    </div>
  );
}
