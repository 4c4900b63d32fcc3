// The data access log: who read the district's full counts, downloaded or exported them, shared or stopped
// sharing a view, imported or deleted data, when and from which address. Its admins' alone (the server decides).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import '../data.css';
import { DataNav } from '../components/data/DataNav';
import { SelectField } from '../components/forms';
import { InlineFailure, LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { loadDataAccess } from '../dataAccess';
import { AUDIT_ACTIONS, dataApi, type AuditAction, type AuditEvent } from '../dataApi';
import { indicatorName, schoolYear } from '../dataLabels';
import { formatDateTime } from '../format';
import { useUser } from '../session';

const PAGE = 50;

function What({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const d = event.detail;
  const parts: string[] = [];
  if (d.indicator) parts.push(indicatorName(t, d.indicator));
  if (d.year) parts.push(schoolYear(d.year));
  if (d.format) parts.push(d.format.toUpperCase());
  if (d.kind) parts.push(t(`data.kind.${d.kind}`, { defaultValue: d.kind }));
  if (d.filename) parts.push(d.filename);
  if (d.deleted) parts.push(t('data.audit.deletedCounts', {
        counts: t('data.records.counts', { count: d.deleted.indicator_counts }),
        imports: t('data.records.imports', { count: d.deleted.data_imports }),
      }));
  return <>{parts.join(' · ')}</>;
}

function Log({ orgId, action }: { orgId: number; action: AuditAction | '' }) {
  const { t } = useTranslation();
  const [older, setOlder] = useState<AuditEvent[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [load] = useLoad(async () => {
    const page = await dataApi.audit(orgId, { action: action || undefined, limit: PAGE });
    setOlder([]);
    setNext(page.next_before);
    return page.events;
  }, [orgId, action]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <InlineFailure error={load.error} />;
  const events = [...load.data, ...older];
  const more = async () => {
    try {
      const page = await dataApi.audit(orgId, { action: action || undefined, limit: PAGE, before: next ?? undefined });
      setOlder((o) => [...o, ...page.events]);
      setNext(page.next_before);
    } catch (error) {
      setFailed(error);
    }
  };
  if (events.length === 0) return <p>{t('data.audit.empty')}</p>;
  return (
    <>
      <TableRegion caption={t('data.audit.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('data.audit.when')}</th>
            <th scope="col">{t('data.audit.who')}</th>
            <th scope="col">{t('data.audit.action')}</th>
            <th scope="col">{t('data.audit.what')}</th>
            <th scope="col">{t('data.audit.from')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{formatDateTime(event.created_at)}</td>
              <td>{event.user_name}</td>
              <td>{t(`data.audit.actions.${event.action}`, { defaultValue: event.action })}</td>
              <td>
                <What event={event} />
              </td>
              <td>{event.client_address}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      {failed !== null && <InlineFailure error={failed} />}
      {next !== null && (
        <p className="actions">
          <button type="button" className="button" onClick={more}>
            {t('data.audit.more')}
          </button>
        </p>
      )}
    </>
  );
}

export default function DataAudit() {
  const { t } = useTranslation();
  const user = useUser();
  const orgId = Number(useParams().id);
  const [action, setAction] = useState<AuditAction | ''>('');
  const [load] = useLoad(() => loadDataAccess(orgId), [orgId, user.id]);
  usePageTitle(t('data.audit.title'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const access = load.data;
  return (
    <>
      <h1>{t('data.audit.title')}</h1>
      <DataNav orgId={orgId} orgName={access.organization.name} manages={access.manages} admin={access.admin} />
      <p>{t('data.audit.intro')}</p>
      <SelectField<AuditAction | ''>
        label={t('data.audit.filter')}
        name="action"
        value={action}
        options={[{ value: '', label: t('data.audit.allActions') }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`data.audit.actions.${a}`) }))]}
        onChange={setAction}
      />
      <Log orgId={orgId} action={action} />
    </>
  );
}
