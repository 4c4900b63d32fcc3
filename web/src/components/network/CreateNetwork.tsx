import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import { throwFieldProblems } from '../../fieldChecks';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { NetworkFields } from './NetworkFields';
import { emptyNetwork, networkFieldsOf } from './networkDraft';

/**
 * Starts a network that this organization facilitates. Its admins then add member organizations on the network's
 * page; each joins once one of its own admins accepts.
 */
export function CreateNetwork({ organizationId, organizationName }: { organizationId: number; organizationName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm();
  const [draft, setDraft] = useState(emptyNetwork);
  const onSubmit = form.submit(async () => {
    const { problems, fields } = networkFieldsOf(draft);
    throwFieldProblems(t('errors.checkFields'), problems);
    const network = await api.createNetwork({ ...fields, facilitator_organization_id: organizationId });
    navigate(`/networks/${network.id}`, { state: { message: t('networkAdmin.created', { name: network.name }) } });
  });
  return (
    <section aria-labelledby="create-network">
      <h2 id="create-network">{t('networkAdmin.create')}</h2>
      <p>{t('networkAdmin.createIntro', { name: organizationName })}</p>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <NetworkFields draft={draft} set={setDraft} errors={form.errors.fields} />
        <SubmitButton busy={form.busy}>{t('networkAdmin.createSubmit')}</SubmitButton>
      </form>
    </section>
  );
}
