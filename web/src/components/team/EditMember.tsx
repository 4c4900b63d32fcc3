import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Member, type Perspective } from '../../api';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { type Labels } from './labels';
import { type Draft, draftOf, changesOf, mergeDrafts } from './memberDraft';
import { MemberFields } from './MemberFields';
import { MemberValues } from './MemberValues';

/**
 * Edits one member. The PATCH carries the version the form was opened with; when someone else saved in between
 * (409 stale-edit), the current values are shown and the user chooses to re-apply their changes or take theirs.
 */
export function EditMember({
  teamId,
  member,
  catalogue,
  labels,
  saved,
  cancel,
}: {
  teamId: number;
  member: Member;
  catalogue: Perspective[];
  labels: Labels;
  saved: (name: string) => Promise<void>;
  cancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [draft, setDraft] = useState<Draft>(() => draftOf(member));
  const [original, setOriginal] = useState<Draft>(() => draftOf(member));
  const [version, setVersion] = useState(member.version);
  const [current, setCurrent] = useState<Member | null>(null);

  const onSubmit = form.submit(async () => {
    try {
      await api.updateMember(teamId, member.id, changesOf(draft, version));
    } catch (error) {
      if (error instanceof ApiError && error.is('stale-edit') && error.problem.current) {
        // Keep what this user changed, take everything else from the saved member, and save against its version.
        const latest = error.problem.current as Member;
        setCurrent(latest);
        setDraft(mergeDrafts(original, draft, draftOf(latest)));
        setOriginal(draftOf(latest));
        setVersion(latest.version);
      }
      throw error;
    }
    await saved(member.name);
  });

  const takeTheirs = () => {
    if (!current) return;
    setDraft(draftOf(current));
    setOriginal(draftOf(current));
    setVersion(current.version);
    setCurrent(null);
    form.clear();
  };

  return (
    <section aria-labelledby="edit-member" className="panel">
      <h3 id="edit-member" tabIndex={-1}>
        {t('team.editMember', { name: member.name })}
      </h3>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        {current && (
          <div className="conflict" role="group" aria-labelledby="conflict-title">
            <h4 id="conflict-title">{t('team.conflictTitle')}</h4>
            <p>{t('team.conflictText')}</p>
            <MemberValues member={current} labels={labels} />
            <p>{t('team.conflictChoice')}</p>
            <button type="button" className="button" onClick={takeTheirs}>
              {t('team.useCurrent')}
            </button>
          </div>
        )}
        <MemberFields draft={draft} setDraft={setDraft} errors={form.errors.fields} catalogue={catalogue} labels={labels} />
        <div className="actions">
          <SubmitButton busy={form.busy}>{current ? t('team.reapply') : t('team.save')}</SubmitButton>
          <button type="button" className="button" onClick={cancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
