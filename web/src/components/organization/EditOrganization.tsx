import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type OrganizationDetail } from '../../api';
import { EditConflict, staleCurrent, useConflictWords } from '../EditConflict';
import { FormAlert, SubmitButton, TextField, useForm } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { draftOfOrganization, organizationPatchOf, PROFILE_COUNTS, type OrganizationEditDraft } from './organizationDraft';
import { OrganizationFields } from './OrganizationFields';

/** The values of one side of a conflict, as a short list. */
function DraftSummary({ draft }: { draft: OrganizationEditDraft }) {
  const { t } = useTranslation();
  return (
    <ul>
      <li>{draft.name}</li>
      <li>
        {t('organization.cdsCode')}: {draft.cdsCode || t('organization.none')}
      </li>
      {PROFILE_COUNTS.map((key) => (
        <li key={key}>
          {t(`profile.${key}`)}: {draft.counts[key] || t('organization.notReported')}
        </li>
      ))}
      <li>
        {t('organizationAdmin.source')}: {draft.source || t('organization.none')}
      </li>
    </ul>
  );
}

/**
 * Edits the organization's profile by hand: the facts and the counts the profile import fills, with the locale
 * and the source of the figures. Someone saving first shows their values beside these until the user picks.
 */
export function EditOrganization({ organization, saved, cancel }: { organization: OrganizationDetail; saved: (o: OrganizationDetail) => void; cancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const words = useConflictWords('organizationAdmin.edit');
  const [draft, setDraft] = useState(() => draftOfOrganization(organization));
  const [base, setBase] = useState(organization.version);
  const [conflict, setConflict] = useState<OrganizationDetail | null>(null);
  const set = (change: Partial<OrganizationEditDraft>) => setDraft((d) => ({ ...d, ...change }));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (conflict) document.getElementById('edit-organization-conflict')?.focus();
  }, [conflict]);
  const pick = (version: number) => {
    setBase(version);
    setConflict(null);
  };
  const errors = form.errors.fields;
  const onSubmit = form.submit(async () => {
    const { errors: wrong, patch } = organizationPatchOf(t, draft, base);
    const values = { name: draft.name, cds_code: draft.cdsCode, nces_id: draft.ncesId, 'profile.locale': draft.locale, 'profile.source': draft.source };
    checkFields(t('errors.checkFields'), FORM_RULES.organization, values, wrong);
    try {
      saved(await api.updateOrganization(organization.id, patch));
    } catch (failure) {
      const current = staleCurrent<OrganizationDetail>(failure);
      if (!current) throw failure;
      setConflict(current);
    }
  });
  return (
    <section aria-labelledby="edit-organization" className="panel">
      <h2 id="edit-organization" ref={heading} tabIndex={-1}>
        {t('organizationAdmin.editTitle')}
      </h2>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        {conflict && (
          <EditConflict
            id="edit-organization"
            level={3}
            words={words}
            theirs={<DraftSummary draft={draftOfOrganization(conflict)} />}
            mine={<DraftSummary draft={draft} />}
            onKeepMine={() => pick(conflict.version)}
            onUseTheirs={() => {
              setDraft(draftOfOrganization(conflict));
              pick(conflict.version);
            }}
          />
        )}
        <OrganizationFields draft={draft} set={set} errors={errors} />
        <TextField label={t('organization.locale')} name="locale" optional value={draft.locale} onChange={(e) => set({ locale: e.target.value })} error={errors['profile.locale']} />
        <TextField
          label={t('organizationAdmin.source')}
          name="source"
          optional
          hint={t('organizationAdmin.sourceHint')}
          value={draft.source}
          onChange={(e) => set({ source: e.target.value })}
          error={errors['profile.source']}
        />
        <div className="actions">
          <SubmitButton busy={form.busy}>{t('organizationAdmin.save')}</SubmitButton>{' '}
          <button type="button" className="button" onClick={cancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
