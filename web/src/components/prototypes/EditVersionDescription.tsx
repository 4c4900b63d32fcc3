import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { prototypesApi, type PrototypeVersion } from '../../prototypesApi';
import { FormAlert, SubmitButton, TextAreaField, useForm } from '../forms';
import { useFocusBack } from '../useFocusBack';

/**
 * A version's description, shown with an Edit button for the team's writers that opens it in place. A stale save
 * (someone changed it first) says so in the form's alert, the typed text kept.
 */
export function VersionDescription({ teamId, prototypeId, version, writable, changed }: {
  teamId: number; prototypeId: number; version: PrototypeVersion; writable: boolean; changed: (status: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [editing, setEditing] = useState(false);
  const [description, setDescription] = useState(version.description);
  const editButton = useFocusBack(editing);
  const field = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (editing) field.current?.querySelector('textarea')?.focus();
  }, [editing]);
  const headingId = `edit-version-${version.id}`;
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), { description: FORM_RULES.prototypeVersion.description }, { description });
    await prototypesApi.updateVersion(teamId, prototypeId, version.id, { description, version: version.version });
    setEditing(false);
    await changed(t('prototypes.version.saved', { number: version.number }));
  });
  if (!editing) {
    return (
      <>
        <p>{version.description}</p>
        {writable && (
          <button type="button" ref={editButton} className="button button-small" onClick={() => { setDescription(version.description); setEditing(true); }}>
            {t('prototypes.version.edit', { number: version.number })}
          </button>
        )}
      </>
    );
  }
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby={headingId}>
      <h4 id={headingId} className="visually-hidden">{t('prototypes.version.edit', { number: version.number })}</h4>
      <FormAlert message={form.errors.form} />
      <div ref={field}>
        <TextAreaField label={t('prototypes.version.description')} name="description" value={description}
          error={form.errors.fields.description} onChange={setDescription} />
      </div>
      <div className="actions">
        <SubmitButton busy={form.busy}>{t('prototypes.version.saveDescription')}</SubmitButton>{' '}
        <button type="button" className="button" onClick={() => setEditing(false)}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}
