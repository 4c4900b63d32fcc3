import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { emptyOrganization, organizationInputOf, type OrganizationDraft } from './organizationDraft';
import { OrganizationFields } from './OrganizationFields';

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
    checkFields(t('errors.checkFields'), FORM_RULES.organization, { name: draft.name, cds_code: draft.cdsCode, nces_id: draft.ncesId }, wrong);
    const created = await api.createOrganization(input);
    navigate(`/organizations/${created.id}`);
  });

  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef}>
      <FormAlert message={form.errors.form} />
      <OrganizationFields draft={draft} set={set} errors={errors} />
      <SubmitButton busy={form.busy}>{t('home.createOrganizationSubmit')}</SubmitButton>
    </form>
  );
}
