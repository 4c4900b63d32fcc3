import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { agreementDraftOf, agreementInput, emptyAgreementDraft, parseHours, type AgreementDraft } from '../agreements';
import { AGREEMENT_STATUSES, HOURS_KINDS, agreementsApi, networkPeople, type Agreement, type KindHours } from '../agreementsApi';
import { api, ApiError, type Network } from '../api';
import {
  AgreementSummary,
  CoachFields,
  HoursFields,
  LiaisonFields,
  PartyFields,
  acceptedMembers,
  type PeopleByOrg,
  type Person,
} from '../components/coaching/AgreementFields';
import { EditConflict, useConflictWords } from '../components/EditConflict';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField, useForm } from '../components/forms';
import { checkFields } from '../fieldChecks';
import { FORM_RULES } from '../formRules';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import '../agreements.css';

/** The people of the facilitator and the member organizations, when this reader may list them (the facilitator's
 * admins, who make and edit agreements); otherwise each list is null and the form asks for user numbers. */
async function loadPeople(network: Network): Promise<PeopleByOrg> {
  const orgs = [network.facilitator.id, ...acceptedMembers(network).map((m) => m.id)];
  const answer = await networkPeople(network.id).catch(() => null);
  const byOrg = new Map((answer?.organizations ?? []).map((o) => [o.id, o.people]));
  return Object.fromEntries(orgs.map((org) => [String(org), answer ? (byOrg.get(org) ?? []) : null]));
}

async function loadForm(networkId: number | null, agreementId: number | null) {
  const agreement = agreementId !== null ? await agreementsApi.getAgreement(agreementId) : null;
  const network = await api.getNetwork(agreement ? agreement.network_id : (networkId as number));
  return { agreement, network, people: await loadPeople(network) };
}

/** The hours typed, shaped as the saved agreement's for showing both side by side. */
function draftHours(draft: AgreementDraft): KindHours[] {
  return HOURS_KINDS.map((kind) => ({ kind, purchased: parseHours(draft.hours[kind].purchased || '0') || 0, used: 0, hourly_rate: null, over: false }));
}

function Form({ network, agreement, people }: { network: Network; agreement: Agreement | null; people: PeopleByOrg }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm();
  const words = useConflictWords('agreements.form');
  const [draft, setDraft] = useState<AgreementDraft>(() => (agreement ? agreementDraftOf(agreement) : emptyAgreementDraft()));
  const [base, setBase] = useState(agreement?.version ?? 0);
  const [conflict, setConflict] = useState<Agreement | null>(null);
  const set = (change: Partial<AgreementDraft>) => setDraft((d) => ({ ...d, ...change }));
  const errors = form.errors.fields;
  const members = acceptedMembers(network);
  const parties = [network.facilitator, ...members.filter((m) => String(m.id) === draft.mentorId || draft.peerIds.includes(String(m.id)))];
  const known = (orgId: number): Person | undefined => agreement?.liaisons.find((l) => l.organization_id === orgId);
  const onSubmit = form.submit(async () => {
    const built = agreementInput(t, draft, network.facilitator.id);
    const values = { title: draft.title, starts_on: draft.startsOn, ends_on: draft.endsOn, scope: draft.scope, goals: draft.goals, data_sharing: draft.dataSharing };
    checkFields(t('errors.checkFields'), FORM_RULES.agreement, values, 'errors' in built ? built.errors : {});
    if ('errors' in built) return; // (checkFields threw already)
    try {
      const saved = agreement
        ? await agreementsApi.updateAgreement(agreement.id, { ...built.input, version: base })
        : await agreementsApi.createAgreement(network.id, built.input);
      void navigate(`/agreements/${saved.id}`);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409 && agreement) {
        const current = (failure.problem as unknown as { current?: Agreement }).current ?? (await agreementsApi.getAgreement(agreement.id));
        setConflict(current);
        return;
      }
      if (failure instanceof ApiError) {
        // A liaison's error names its place in the list sent: shown next to that party's field.
        for (const e of failure.problem.errors ?? []) {
          const match = /^liaisons\[(\d+)\]/.exec(e.field);
          if (match && built.liaisonOrgs[Number(match[1])]) e.field = `liaison-${built.liaisonOrgs[Number(match[1])]}`;
        }
      }
      throw failure;
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="narrow">
      <FormAlert message={form.errors.form} />
      {conflict && (
        <EditConflict id="agreement" level={3} words={words}
          theirs={<AgreementSummary agreement={conflict} />}
          mine={<AgreementSummary agreement={{ ...conflict, title: draft.title, status: draft.status, starts_on: draft.startsOn, ends_on: draft.endsOn, hours: draftHours(draft), peer_organizations: members.filter((m) => draft.peerIds.includes(String(m.id))), mentor_organization: members.find((m) => String(m.id) === draft.mentorId) ?? conflict.mentor_organization }} />}
          onKeepMine={() => { setBase(conflict.version); setConflict(null); }}
          onUseTheirs={() => { setDraft(agreementDraftOf(conflict)); setBase(conflict.version); setConflict(null); }} />
      )}
      <TextField label={t('agreements.field.title')} name="title" value={draft.title} onChange={(e) => set({ title: e.target.value })} error={errors.title} />
      <TextField label={t('agreements.field.startsOn')} name="starts_on" type="date" value={draft.startsOn} onChange={(e) => set({ startsOn: e.target.value })} error={errors.starts_on} />
      <TextField label={t('agreements.field.endsOn')} name="ends_on" type="date" value={draft.endsOn} onChange={(e) => set({ endsOn: e.target.value })} error={errors.ends_on} />
      <SelectField label={t('agreements.field.status')} name="status" value={draft.status} onChange={(status) => set({ status })} error={errors.status}
        options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreements.status.${s}`) }))} />
      <PartyFields network={network} draft={draft} set={set} errors={errors} />
      <TextAreaField label={t('agreements.field.scope')} name="scope" optional value={draft.scope} onChange={(scope) => set({ scope })} error={errors.scope} />
      <TextAreaField label={t('agreements.field.goals')} name="goals" optional value={draft.goals} onChange={(goals) => set({ goals })} error={errors.goals} />
      <TextAreaField label={t('agreements.field.dataSharing')} name="data_sharing" optional hint={t('agreements.form.dataSharingHint')} value={draft.dataSharing} onChange={(dataSharing) => set({ dataSharing })} error={errors.data_sharing} />
      <HoursFields draft={draft} set={set} errors={errors} />
      <CoachFields draft={draft} set={set} errors={errors} people={people} known={agreement?.coaches ?? []} />
      <LiaisonFields parties={parties} draft={draft} set={set} errors={errors} people={people} known={known} />
      <SubmitButton busy={form.busy}>{agreement ? t('agreements.form.save') : t('agreements.form.create')}</SubmitButton>
    </form>
  );
}

/** The agreement form: new under a network (/networks/:id/agreements/new) or an edit (/agreements/:id/edit). */
export default function AgreementForm() {
  const { t } = useTranslation();
  const params = useParams();
  const editing = params.agreementId !== undefined;
  const networkId = editing ? null : Number(params.id);
  const agreementId = editing ? Number(params.agreementId) : null;
  const [load] = useLoad(() => loadForm(networkId, agreementId), [networkId, agreementId]);
  const title = load.state === 'ready' && load.data.agreement ? t('agreements.form.editTitle', { title: load.data.agreement.title }) : t('agreements.form.newTitle');
  usePageTitle(load.state === 'ready' ? title : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const { agreement, network, people } = load.data;
  return (
    <>
      <p>
        {agreement ? (
          <Link to={`/agreements/${agreement.id}`}>{t('agreements.form.backToAgreement', { title: agreement.title })}</Link>
        ) : (
          <Link to={`/networks/${network.id}`}>{t('agreements.backToNetwork')}</Link>
        )}
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('agreements.form.intro', { network: network.name })}</p>
      <Form network={network} agreement={agreement} people={people} />
    </>
  );
}
