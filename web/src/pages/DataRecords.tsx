// The district's records, on its admins' request: everything Trellis holds for the organization as one JSON
// file, and the deletion of its student data (counts, imports, shares, data views), which asks the admin to type
// the organization's name. Both are recorded in the data access log, which the deletion keeps.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import '../data.css';
import { DataNav } from '../components/data/DataNav';
import { FormAlert, Status, SubmitButton, TextField, invalid, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { dataPaths, loadDataAccess } from '../dataAccess';
import { dataApi } from '../dataApi';
import { useUser } from '../session';

function DeleteForm({ orgId, name }: { orgId: number; name: string }) {
  const { t } = useTranslation();
  const form = useForm();
  const [confirm, setConfirm] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = form.submit(async () => {
    setStatus(null);
    if (confirm.trim() !== name) throw invalid(t('errors.checkFields'), { confirm: t('data.records.confirmMismatch', { name }) });
    const done = await dataApi.deleteData(orgId, confirm.trim());
    setConfirm('');
    setStatus(t('data.records.deleted', {
        counts: t('data.records.counts', { count: done.deleted.indicator_counts }),
        imports: t('data.records.imports', { count: done.deleted.data_imports }),
      }));
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="delete-data">
      <h2 id="delete-data">{t('data.records.deleteTitle')}</h2>
      <p>{t('data.records.deleteText')}</p>
      <p>{t('data.records.deleteKeeps')}</p>
      <FormAlert message={form.errors.form} />
      <TextField
        label={t('data.records.confirmLabel', { name })}
        name="confirm"
        value={confirm}
        autoComplete="off"
        onChange={(event) => setConfirm(event.target.value)}
        error={form.errors.fields.confirm}
      />
      <SubmitButton busy={form.busy}>{t('data.records.deleteAction')}</SubmitButton>
      <Status message={status} />
    </form>
  );
}

export default function DataRecords() {
  const { t } = useTranslation();
  const user = useUser();
  const orgId = Number(useParams().id);
  const [load] = useLoad(() => loadDataAccess(orgId), [orgId, user.id]);
  usePageTitle(t('data.records.title'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const access = load.data;
  return (
    <>
      <h1>{t('data.records.title')}</h1>
      <DataNav orgId={orgId} orgName={access.organization.name} manages={access.manages} admin={access.admin} />
      <p>{t('data.records.intro')}</p>
      <section aria-labelledby="export-records">
        <h2 id="export-records">{t('data.records.exportTitle')}</h2>
        <p>{t('data.records.exportText')}</p>
        <p>
          <a className="button button-primary" href={dataApi.exportUrl(orgId)} download>
            {t('data.records.exportAction')}
          </a>
        </p>
        <p className="hint">
          {t('data.records.logged')} <Link to={dataPaths.audit(orgId)}>{t('data.nav.audit')}</Link>
        </p>
      </section>
      <DeleteForm orgId={orgId} name={access.organization.name} />
    </>
  );
}
