import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { projection, warningKey } from '../agreements';
import { agreementsApi, type Agreement as AgreementData, type AgreementVersion } from '../agreementsApi';
import { CoachingEntries } from '../components/coaching/CoachingEntries';
import { HoursByKind, HoursByMonth, useHours } from '../components/coaching/HoursCharts';
import { CoachingLogExportLinks } from '../components/ExportLinks';
import { InlineFailure, LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { formatDate, formatDateTime, formatPercent } from '../format';
import '../agreements.css';

/** The parties, each with its liaison when one is named. */
function Parties({ agreement }: { agreement: AgreementData }) {
  const { t } = useTranslation();
  const liaison = (orgId: number) => agreement.liaisons.find((l) => l.organization_id === orgId)?.name;
  const party = (label: string, org: { id: number; name: string }) => (
    <li key={`${label}-${org.id}`}>
      <strong>{label}:</strong> {org.name}
      {' · '}
      {liaison(org.id) ? t('agreements.liaisonIs', { name: liaison(org.id) }) : t('agreements.noLiaison')}
    </li>
  );
  return (
    <section aria-labelledby="agreement-parties">
      <h2 id="agreement-parties">{t('agreements.parties')}</h2>
      <ul>
        {party(t('agreements.field.facilitator'), agreement.facilitator_organization)}
        {party(t('agreements.field.mentor'), agreement.mentor_organization)}
        {agreement.peer_organizations.map((org) => party(t('agreements.field.peer'), org))}
      </ul>
      <h3>{t('agreements.field.coaches')}</h3>
      {agreement.coaches.length ? (
        <ul>
          {agreement.coaches.map((c) => (
            <li key={c.user_id}>{c.name}</li>
          ))}
        </ul>
      ) : (
        <p>{t('agreements.noCoaches')}</p>
      )}
    </section>
  );
}

/** The hours banner at 80% and 100%: a status region (it describes the page as loaded; nothing just went wrong). */
function HoursWarning({ agreement }: { agreement: AgreementData }) {
  const { t } = useTranslation();
  const key = warningKey(agreement.warning);
  return (
    <div role="status">
      {key && (
        <div className="panel panel-warning">
          <p>
            <strong>{t(key, { share: formatPercent(agreement.used_total, agreement.purchased_total || 1) })}</strong>
          </p>
        </div>
      )}
    </div>
  );
}

function Projection({ agreement }: { agreement: AgreementData }) {
  const { t } = useTranslation();
  const p = projection(agreement);
  return <p>{'date' in p ? t(p.key, { date: formatDate(p.date) }) : t(p.key)}</p>;
}

function History({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const [versions, setVersions] = useState<AgreementVersion[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <section aria-labelledby="agreement-history">
      <h2 id="agreement-history">{t('agreements.history.title')}</h2>
      {error !== null && <InlineFailure error={error} />}
      {versions === null ? (
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            void agreementsApi.history(agreementId).then(
              (h) => setVersions(h.versions),
              (failure: unknown) => setError(failure),
            )
          }
        >
          {t('agreements.history.show')}
        </button>
      ) : (
        <ol className="history-list">
          {versions.map((v) => (
            <li key={v.version}>
              {t('agreements.history.entry', { version: v.version, name: v.changed_by.name, time: formatDateTime(v.changed_at) })}
              {v.agreement.title && <span className="meta"> · {v.agreement.title}</span>}
              {v.agreement.status && <span className="meta"> · {t(`agreements.status.${v.agreement.status}`)}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The agreement's coaching log, newest first; loaded on its own so that the rest of the page shows if it fails. */
function CoachingLog({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => agreementsApi.listEntries(agreementId), [agreementId]);
  return (
    <section aria-labelledby="coaching-log">
      <h2 id="coaching-log">{t('coaching.log')}</h2>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' &&
        (load.data.entries.length ? (
          <CoachingEntries entries={load.data.entries} headingLevel={3} editHref={(entry) => `/agreements/${agreementId}/log/${entry.id}/edit`} />
        ) : (
          <p>{t('coaching.noEntries')}</p>
        ))}
    </section>
  );
}

/** One agreement (MOU): parties, terms, hours used against purchased, the projection and the coaching log. */
export default function Agreement() {
  const { t } = useTranslation();
  const hours = useHours();
  const agreementId = Number(useParams().id);
  const [load] = useLoad(() => agreementsApi.getAgreement(agreementId), [agreementId]);
  usePageTitle(load.state === 'ready' ? load.data.title : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const agreement = load.data;
  return (
    <>
      <p>
        <Link to={`/networks/${agreement.network_id}`}>{t('agreements.backToNetwork')}</Link>
      </p>
      <h1>{agreement.title}</h1>
      <HoursWarning agreement={agreement} />
      <dl className="facts">
        <div>
          <dt>{t('agreements.field.status')}</dt>
          <dd>{t(`agreements.status.${agreement.status}`)}</dd>
        </div>
        <div>
          <dt>{t('agreements.field.dates')}</dt>
          <dd>{t('agreements.dates', { start: formatDate(agreement.starts_on), end: formatDate(agreement.ends_on) })}</dd>
        </div>
        <div>
          <dt>{t('agreements.hours.usedTotal')}</dt>
          <dd>{t('agreements.hours.usedOf', { used: hours(agreement.used_total), purchased: hours(agreement.purchased_total) })}</dd>
        </div>
      </dl>
      <div className="actions">
        {agreement.may.log && (
          <Link className="button button-primary" to={`/agreements/${agreement.id}/log/new`}>
            {t('coaching.logNew')}
          </Link>
        )}
        {agreement.may.manage && (
          <Link className="button" to={`/agreements/${agreement.id}/edit`}>
            {t('agreements.edit')}
          </Link>
        )}
      </div>
      <Parties agreement={agreement} />
      <section aria-labelledby="agreement-terms">
        <h2 id="agreement-terms">{t('agreements.terms')}</h2>
        <h3>{t('agreements.field.scope')}</h3>
        <p className="note-text">{agreement.scope || t('agreements.notWritten')}</p>
        <h3>{t('agreements.field.goals')}</h3>
        <p className="note-text">{agreement.goals || t('agreements.notWritten')}</p>
        <h3>{t('agreements.field.dataSharing')}</h3>
        <p className="note-text">{agreement.data_sharing || t('agreements.notWritten')}</p>
      </section>
      <HoursByKind agreement={agreement} />
      <Projection agreement={agreement} />
      <HoursByMonth agreement={agreement} />
      <CoachingLog agreementId={agreement.id} />
      <CoachingLogExportLinks agreementId={agreement.id} />
      <History agreementId={agreement.id} />
    </>
  );
}
