import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { emptyEntryDraft, entryDraftOf, entryInput, entryWarnings, localToday, parseHours, type EntryDraft } from '../agreements';
import { HOURS_KINDS, agreementsApi, type Agreement, type CoachingEntry } from '../agreementsApi';
import { ApiError } from '../api';
import { CoachingEntries } from '../components/coaching/CoachingEntries';
import { ServedFields, StepsFields, type TeamChoice } from '../components/coaching/EntryFields';
import { MOST_RESOURCES, ResourcePicker } from '../components/coaching/ResourcePicker';
import { EditConflict, useConflictWords } from '../components/EditConflict';
import { FormAlert, invalid, SelectField, SubmitButton, TextAreaField, TextField, useForm } from '../components/forms';
import { checkFields } from '../fieldChecks';
import { FORM_RULES } from '../formRules';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { formatDate } from '../format';
import '../agreements.css';

async function loadEntryForm(agreementId: number, entryId: number | null) {
  const [agreement, log] = await Promise.all([
    agreementsApi.getAgreement(agreementId),
    entryId === null ? Promise.resolve(null) : agreementsApi.listEntries(agreementId),
  ]);
  const entry = log?.entries.find((e) => e.id === entryId) ?? null;
  if (entryId !== null && !entry) throw new ApiError({ type: '/problems/not-found', title: 'Not Found', status: 404 });
  // The teams of the peer organizations, which a coach cannot list otherwise; a team the entry served that is no
  // longer among them (its district left) stays choosable for the edit.
  const teams: TeamChoice[] = (await agreementsApi.servedTeams(agreementId)).teams.map((team) => ({
    id: team.id,
    name: team.name,
    organization: team.organization.name,
    members: team.members,
  }));
  for (const served of entry?.teams ?? [])
    if (!teams.some((team) => team.id === served.id)) teams.push({ id: served.id, name: served.name, organization: served.organization_name, members: [] });
  return { agreement, entry, teams };
}

/** The date and hours warnings: said, never blocking (the server records the entry as over). */
function Warnings({ agreement, draft, entry }: { agreement: Agreement; draft: EntryDraft; entry: CoachingEntry | null }) {
  const { t } = useTranslation();
  const w = entryWarnings(agreement, { date: draft.date, kind: draft.kind, hours: parseHours(draft.hours) }, entry ?? undefined);
  return (
    <div role="status" aria-live="polite">
      {(w.outsideDates || w.overHours) && (
        <div className="panel panel-warning">
          {w.outsideDates && <p>{t('coaching.warn.outsideDates', { start: formatDate(agreement.starts_on), end: formatDate(agreement.ends_on) })}</p>}
          {w.overHours && <p>{t('coaching.warn.overHours', { kind: t(`agreements.kind.${draft.kind}`) })}</p>}
        </div>
      )}
    </div>
  );
}

function EntryForm({ agreement, entry, teams }: { agreement: Agreement; entry: CoachingEntry | null; teams: TeamChoice[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm({ labels: { resource_ids: t('coaching.resources.legend') } });
  const words = useConflictWords('coaching.form');
  const [draft, setDraft] = useState<EntryDraft>(() => (entry ? entryDraftOf(entry) : emptyEntryDraft(localToday())));
  const [base, setBase] = useState(entry?.version ?? 0);
  const [conflict, setConflict] = useState<CoachingEntry | null>(null);
  const [resourceIds, setResourceIds] = useState<number[]>(() => entry?.resources.map((r) => r.id) ?? []);
  const set = (change: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...change }));
  const errors = form.errors.fields;
  const onSubmit = form.submit(async () => {
    const built = entryInput(t, draft);
    const values = { date: draft.date, focus: draft.focus, guide_section: draft.guideSection, notes: draft.notes, people_served: draft.peopleServed };
    checkFields(t('errors.checkFields'), FORM_RULES.coachingEntry, values, 'errors' in built ? built.errors : {});
    if ('errors' in built) return; // (checkFields threw already)
    if (resourceIds.length > MOST_RESOURCES) throw invalid(t('errors.checkFields'), { resource_ids: t('coaching.resources.tooMany', { most: MOST_RESOURCES }) });
    const input = { ...built.input, resource_ids: resourceIds };
    try {
      if (entry) await agreementsApi.updateEntry(agreement.id, entry.id, { ...input, version: base });
      else await agreementsApi.createEntry(agreement.id, input);
      void navigate(`/agreements/${agreement.id}`);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409 && entry) {
        const current = (failure.problem as unknown as { current?: CoachingEntry }).current
          ?? (await agreementsApi.listEntries(agreement.id)).entries.find((e) => e.id === entry.id);
        if (current) {
          setConflict(current);
          return;
        }
      }
      throw failure;
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="narrow">
      <FormAlert message={form.errors.form} />
      {conflict && (
        <EditConflict id="entry" level={3} words={words}
          theirs={<CoachingEntries entries={[conflict]} headingLevel={4} />}
          mine={<p>{t('coaching.form.mineSummary', { date: formatDate(draft.date), hours: draft.hours, focus: draft.focus })}</p>}
          onKeepMine={() => { setBase(conflict.version); setConflict(null); }}
          onUseTheirs={() => { setDraft(entryDraftOf(conflict)); setResourceIds(conflict.resources.map((r) => r.id)); setBase(conflict.version); setConflict(null); }} />
      )}
      <TextField label={t('coaching.field.date')} name="date" type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} error={errors.date} />
      <SelectField label={t('agreements.field.kind')} name="kind" value={draft.kind} onChange={(kind) => set({ kind })} error={errors.kind}
        options={HOURS_KINDS.map((kind) => ({ value: kind, label: t(`agreements.kind.${kind}`) }))} />
      <TextField label={t('coaching.field.hours')} name="hours" inputMode="decimal" hint={t('coaching.hoursHint')} value={draft.hours} onChange={(e) => set({ hours: e.target.value })} error={errors.hours} />
      <Warnings agreement={agreement} draft={draft} entry={entry} />
      <ServedFields draft={draft} set={set} teams={teams} coaches={agreement.coaches} errors={errors} />
      <TextField label={t('coaching.field.focus')} name="focus" value={draft.focus} onChange={(e) => set({ focus: e.target.value })} error={errors.focus} />
      <TextField label={t('coaching.field.guideSection')} name="guide_section" optional value={draft.guideSection} onChange={(e) => set({ guideSection: e.target.value })} error={errors.guide_section} />
      <TextAreaField label={t('coaching.field.notes')} name="notes" optional value={draft.notes} onChange={(notes) => set({ notes })} error={errors.notes} />
      <ResourcePicker networkIds={[agreement.network_id]} attached={entry?.resources ?? []} value={resourceIds} change={setResourceIds} error={errors.resource_ids} />
      <TextAreaField label={t('coaching.field.peopleServed')} name="people_served" optional value={draft.peopleServed} onChange={(peopleServed) => set({ peopleServed })} error={errors.people_served} />
      <TextField label={t('coaching.field.followUp')} name="follow_up_on" type="date" optional value={draft.followUp} onChange={(e) => set({ followUp: e.target.value })} error={errors.follow_up_on} />
      {entry ? (
        entry.next_steps.length > 0 && <p className="hint">{t('coaching.stepsKept', { count: entry.next_steps.length })}</p>
      ) : (
        <StepsFields draft={draft} set={set} teams={teams} errors={errors} />
      )}
      <SubmitButton busy={form.busy}>{entry ? t('coaching.form.save') : t('coaching.form.create')}</SubmitButton>
    </form>
  );
}

/** A coaching log entry: new (/agreements/:id/log/new) or an edit (/agreements/:id/log/:entryId/edit). */
export default function CoachingEntryForm() {
  const { t } = useTranslation();
  const params = useParams();
  const agreementId = Number(params.id);
  const entryId = params.entryId === undefined ? null : Number(params.entryId);
  const [load] = useLoad(() => loadEntryForm(agreementId, entryId), [agreementId, entryId]);
  const title = entryId === null ? t('coaching.form.newTitle') : t('coaching.form.editTitle');
  usePageTitle(load.state === 'ready' ? `${title} · ${load.data.agreement.title}` : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { agreement, entry, teams } = load.data;
  return (
    <>
      <p>
        <Link to={`/agreements/${agreement.id}`}>{t('agreements.form.backToAgreement', { title: agreement.title })}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('coaching.form.intro', { title: agreement.title })}</p>
      <EntryForm agreement={agreement} entry={entry} teams={teams} />
    </>
  );
}
