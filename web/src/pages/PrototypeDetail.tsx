import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { Status } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { AnsweredInsights } from '../components/prototypes/AnsweredInsights';
import { CycleView } from '../components/prototypes/CycleView';
import { HypothesisForm, HypothesisSentence } from '../components/prototypes/HypothesisForm';
import { DecisionSection } from '../components/prototypes/DecisionSection';
import { CyclePlanForm } from '../components/prototypes/CyclePlanForm';
import { VersionDescription } from '../components/prototypes/EditVersionDescription';
import { VersionForm } from '../components/prototypes/VersionForms';
import { prototypesApi, type PrototypeDetail as Detail } from '../prototypesApi';

/** The versions in order, each with its cycles, and the forms that add a cycle and the next version. */
function Versions({ teamId, prototype, measures, writable, changed }: {
  teamId: number; prototype: Detail; measures: { id: number; name: string }[]; writable: boolean; changed: (status: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [fromCycle, setFromCycle] = useState<number | null>(null);
  const versionForm = useRef<HTMLDivElement>(null);
  const prototypeId = prototype.id;
  const measureNames = new Map(measures.map((m) => [m.id, m.name]));
  const nextNumber = (prototype.versions.at(-1)?.number ?? 0) + 1;
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{t('prototypes.version.title')}</h2>
      {prototype.versions.length === 0 && <p>{t('prototypes.version.none')}</p>}
      {prototype.versions.map((v) => (
        <section key={v.id} className="prototype-version" aria-labelledby={`version-${v.id}`}>
          <h3 id={`version-${v.id}`}>{t('prototypes.version.heading', { number: v.number })}</h3>
          <VersionDescription teamId={teamId} prototypeId={prototypeId} version={v} writable={writable} changed={changed} />
          {v.adapted_from_cycle_id !== null && <p className="meta">{t('prototypes.version.adapted')}</p>}
          {v.attachments.length > 0 && (
            <ul aria-label={t('prototypes.version.links', { number: v.number })}>
              {v.attachments.map((a, i) => (
                <li key={i}><a href={a.url} rel="noopener noreferrer" target="_blank">{a.label}</a></li>
              ))}
            </ul>
          )}
          {v.cycles.map((c) => (
            <CycleView key={c.id} teamId={teamId} prototypeId={prototypeId} versionId={v.id} versionNumber={v.number} cycle={c}
              measures={measures} measureNames={measureNames} writable={writable} changed={changed}
              startNextVersion={(cycle) => {
                setFromCycle(cycle.id);
                requestAnimationFrame(() => versionForm.current?.querySelector('textarea')?.focus());
              }} />
          ))}
          {writable && <CyclePlanForm teamId={teamId} prototypeId={prototypeId} versionId={v.id} versionNumber={v.number} measures={measures} saved={changed} />}
        </section>
      ))}
      {writable && (
        <div ref={versionForm}>
          <VersionForm key={`${nextNumber}-${fromCycle}`} teamId={teamId} prototypeId={prototypeId} fromCycleId={fromCycle} nextNumber={nextNumber}
            added={async (message) => {
              setFromCycle(null);
              await changed(message);
            }} />
        </div>
      )}
    </section>
  );
}

/** /teams/:id/prototypes/:pid: a prototype's hypothesis, its versions with their PDSA cycles (four labelled phases
 * each) and its scale decision. A decided prototype is read-only; the team's lead may reopen it. */
export default function PrototypeDetail() {
  const { t } = useTranslation();
  const params = useParams();
  const teamId = Number(params.id);
  const prototypeId = Number(params.pid);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [load, reload] = useLoad(async () => {
    const [team, prototype, measures] = await Promise.all([
      api.getTeam(teamId), prototypesApi.get(teamId, prototypeId), api.listTeamMeasures(teamId).catch(() => ({ measures: [] })),
    ]);
    return { team, prototype, measures: measures.measures.map((m) => ({ id: m.id, name: m.name })) };
  }, [teamId, prototypeId]);
  usePageTitle(load.state === 'ready' ? load.data.prototype.title : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { team, prototype, measures } = load.data;
  const decided = prototype.status !== 'testing';
  const writable = team.may.contribute && !decided;
  const changed = async (message: string) => {
    await reload();
    setStatus(message);
  };
  return (
    <>
      <h1>{prototype.title}</h1>
      <p className="lead">
        <Link to={`/teams/${teamId}/prototypes`}>{t('prototypes.backToList', { team: team.name })}</Link>
      </p>
      <Status message={status} />
      <section aria-labelledby="hypothesis">
        <h2 id="hypothesis">{t('prototypes.hypothesisTitle')}</h2>
        <HypothesisSentence h={prototype} />
        <p className="meta">{t(`prototypes.status.${prototype.status}`)}</p>
        {writable && !editing && (
          <button type="button" className="button" onClick={() => setEditing(true)}>{t('prototypes.edit')}</button>
        )}
        {writable && editing && (
          <HypothesisForm initial={prototype} submitLabel={t('prototypes.save')} save={async (h) => {
            await prototypesApi.update(teamId, prototypeId, { ...h, version: prototype.version });
            setEditing(false);
            await changed(t('prototypes.saved'));
          }} />
        )}
        <AnsweredInsights teamId={teamId} prototype={prototype} writable={writable} changed={changed} />
      </section>
      <Versions teamId={teamId} prototype={prototype} measures={measures} writable={writable} changed={changed} />
      <DecisionSection teamId={teamId} prototype={prototype} writable={writable} manages={team.may.manage} changed={changed} />
    </>
  );
}
