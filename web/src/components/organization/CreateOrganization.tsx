import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, GRADE_SPANS, ORGANIZATION_KINDS } from '../../api';
import { CheckboxGroup, FormAlert, SelectField, SubmitButton, TextField, invalid, useForm } from '../forms';
import { emptyOrganization, organizationInputOf, type OrganizationDraft } from './organizationDraft';
import { ProfileCountsFields } from './ProfileCountsFields';

/** A new organization, which the user then runs: its public-record facts and, if known, its student counts. */
export function CreateOrganization() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm();
  const [draft, setDraft] = useState<OrganizationDraft>(emptyOrganization);
  const set = (change: Partial<OrganizationDraft>) => setDraft((d) => ({ ...d, ...change }));
  const errors = form.errors.fields;

  const onSubmit = form.submit(async () => {
    const { errors: wrong, input } = organizationInputOf(t, draft);
    if (Object.keys(wrong).length) throw invalid(t('errors.checkFields'), wrong);
    const created = await api.createOrganization(input);
    navigate(`/organizations/${created.id}`);
  });

  return (
    <section aria-labelledby="create-organization">
      <h2 id="create-organization">{t('home.createOrganization')}</h2>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField label={t('field.name')} name="name" value={draft.name} onChange={(e) => set({ name: e.target.value })} error={errors.name} />
        <SelectField
          label={t('organization.kind')}
          name="kind"
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          options={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          error={errors.kind}
        />
        <TextField
          label={t('organization.cdsCode')}
          name="cds_code"
          optional
          inputMode="numeric"
          hint={t('organization.cdsHint')}
          value={draft.cdsCode}
          onChange={(e) => set({ cdsCode: e.target.value })}
          error={errors.cds_code}
        />
        <TextField label={t('organization.ncesId')} name="nces_id" optional inputMode="numeric" value={draft.ncesId} onChange={(e) => set({ ncesId: e.target.value })} error={errors.nces_id} />
        <CheckboxGroup
          legend={t('organization.gradeSpansServed')}
          name="grade_spans"
          options={GRADE_SPANS.map((value) => ({ value, label: t(`gradeSpan.${value}`) }))}
          value={draft.gradeSpans}
          onChange={(gradeSpans) => set({ gradeSpans })}
          error={errors.grade_spans}
        />
        <ProfileCountsFields counts={draft.counts} onChange={(counts) => set({ counts })} errors={errors} />
        <SubmitButton busy={form.busy}>{t('home.createOrganizationSubmit')}</SubmitButton>
      </form>
    </section>
  );
}
