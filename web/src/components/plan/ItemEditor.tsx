import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { EditConflict, useConflictWords } from '../EditConflict';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { focusLater } from './ItemActions';

/** An item as saved: the draft its editor shows, and the version it was read at. */
export interface Saved<D> {
  draft: D;
  version: number;
}

export interface ItemEditorProps<D> {
  /** Unique on the page, such as `goal-5`. */
  id: string;
  title: string;
  /** The heading level of the editor's title; a conflict is headed one below. */
  level: 3 | 4 | 5;
  saved: Saved<D>;
  fields: (draft: D, set: (change: Partial<D>) => void, errors: Record<string, string>) => ReactNode;
  /** Checks the draft (throwing `invalid(...)`) and saves it with `version`. */
  save: (draft: D, version: number) => Promise<void>;
  /** The item as saved now, after a stale save; null when it is gone. */
  latest: () => Promise<Saved<D> | null>;
  /** A draft as read-only text, for the two columns of a conflict. */
  show: (draft: D) => ReactNode;
  /** Closes the editor: `saved` says whether it saved. */
  done: (saved: boolean) => Promise<void>;
}

/**
 * Edits one plan item in place with the version last read. When someone else saved first, what this user typed
 * stays in the form and the saved values are shown beside it: they keep theirs (saved over on the next Save) or
 * take the saved values into the form.
 */
export function ItemEditor<D>({ id, title, level, saved, fields, save, latest, show, done }: ItemEditorProps<D>) {
  const { t } = useTranslation();
  const form = useForm();
  const words = useConflictWords('plan.item');
  const [draft, setDraft] = useState<D>(saved.draft);
  const [base, setBase] = useState(saved.version);
  const [conflict, setConflict] = useState<Saved<D> | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (change: Partial<D>) => setDraft((old) => ({ ...old, ...change }));
  const onSubmit = form.submit(async () => {
    try {
      await save(draft, base);
    } catch (failure) {
      const current = failure instanceof ApiError && failure.is('stale-edit') ? await latest() : null;
      if (!current) throw failure;
      setConflict(current);
      focusLater(`${id}-conflict`);
      return;
    }
    await done(true);
  });
  const Heading = `h${level}` as const;
  const titleId = `${id}-editor`;
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print plan-form" aria-labelledby={titleId}>
      <Heading id={titleId} tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      <FormAlert message={form.errors.form} />
      {conflict && (
        <EditConflict id={id} level={(level + 1) as 4 | 5 | 6} words={words} theirs={show(conflict.draft)} mine={show(draft)}
          onKeepMine={() => { setBase(conflict.version); setConflict(null); }}
          onUseTheirs={() => { setDraft(conflict.draft); setBase(conflict.version); setConflict(null); }} />
      )}
      {fields(draft, set, form.errors.fields)}
      <SubmitButton busy={form.busy}>{t('plan.item.save')}</SubmitButton>{' '}
      <button type="button" className="button" onClick={() => void done(false)}>
        {t('form.cancel')}
      </button>
    </form>
  );
}
