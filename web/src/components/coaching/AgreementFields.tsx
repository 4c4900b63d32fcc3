import { useTranslation } from 'react-i18next';
import type { AgreementDraft } from '../../agreements';
import { HOURS_KINDS, type Agreement } from '../../agreementsApi';
import type { Network } from '../../api';
import { formatDate } from '../../format';
import { CheckboxGroup, SelectField, TextField } from '../forms';
import { useHours } from './HoursCharts';

export type Person = { user_id: number; name: string };
/** The people of each organization the form may offer: null when their list cannot be read by this reader. */
export type PeopleByOrg = Record<string, Person[] | null>;

type SetDraft = (change: Partial<AgreementDraft>) => void;
type Errors = Record<string, string>;

/** The network's accepted members, for the mentor and the peers. */
export function acceptedMembers(network: Network): { id: number; name: string }[] {
  return network.members
    .filter((m) => m.status === 'active')
    .map((m) => ({ id: m.organization.id, name: m.organization.name ?? String(m.organization.id) }));
}

export function PartyFields({ network, draft, set, errors }: { network: Network; draft: AgreementDraft; set: SetDraft; errors: Errors }) {
  const { t } = useTranslation();
  const members = acceptedMembers(network);
  return (
    <fieldset>
      <legend>{t('agreements.parties')}</legend>
      <p className="hint">{t('agreements.form.partiesHint', { facilitator: network.facilitator.name })}</p>
      <SelectField
        label={t('agreements.field.mentor')}
        name="mentor_organization_id"
        value={draft.mentorId}
        onChange={(mentorId) => set({ mentorId, peerIds: draft.peerIds.filter((id) => id !== mentorId) })}
        options={[{ value: '', label: t('agreements.form.chooseMentor') }, ...members.map((m) => ({ value: String(m.id), label: m.name }))]}
        error={errors.mentor_organization_id}
      />
      <CheckboxGroup
        legend={t('agreements.field.peers')}
        name="peer_organization_ids"
        options={members.filter((m) => String(m.id) !== draft.mentorId).map((m) => ({ value: String(m.id), label: m.name }))}
        value={draft.peerIds}
        onChange={(peerIds) => set({ peerIds })}
        error={errors.peer_organization_ids}
      />
    </fieldset>
  );
}

export function HoursFields({ draft, set, errors }: { draft: AgreementDraft; set: SetDraft; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('agreements.form.hoursLegend')}</legend>
      {HOURS_KINDS.map((kind, i) => (
        <div key={kind} className="inline-form">
          <TextField
            label={t('agreements.form.purchasedOf', { kind: t(`agreements.kind.${kind}`) })}
            name={`hours-${kind}`}
            inputMode="decimal"
            value={draft.hours[kind].purchased}
            onChange={(e) => set({ hours: { ...draft.hours, [kind]: { ...draft.hours[kind], purchased: e.target.value } } })}
            error={errors[`hours[${i}].purchased`] ?? errors[`hours[${i}]`]}
          />
          <TextField
            label={t('agreements.form.rateOf', { kind: t(`agreements.kind.${kind}`) })}
            name={`rate-${kind}`}
            inputMode="decimal"
            optional
            value={draft.hours[kind].rate}
            onChange={(e) => set({ hours: { ...draft.hours, [kind]: { ...draft.hours[kind], rate: e.target.value } } })}
            error={errors[`hours[${i}].hourly_rate`]}
          />
        </div>
      ))}
      {errors.hours && <p className="field-error">{errors.hours}</p>}
    </fieldset>
  );
}

/** The mentor's coaches: chosen from its people when they can be listed, otherwise named by user number. */
export function CoachFields({ draft, set, errors, people, known }: { draft: AgreementDraft; set: SetDraft; errors: Errors; people: PeopleByOrg; known: Person[] }) {
  const { t } = useTranslation();
  const listed = draft.mentorId ? people[draft.mentorId] : null;
  const choices = [...(listed ?? []), ...known.filter((k) => !(listed ?? []).some((p) => p.user_id === k.user_id))];
  return (
    <fieldset>
      <legend>{t('agreements.field.coaches')}</legend>
      {choices.length > 0 && (
        <CheckboxGroup
          legend={t('agreements.form.chooseCoaches')}
          name="coach_user_ids"
          options={choices.map((p) => ({ value: String(p.user_id), label: p.name }))}
          value={draft.coachIds}
          onChange={(coachIds) => set({ coachIds })}
          error={errors.coach_user_ids}
        />
      )}
      {listed === null && (
        <TextField
          label={t('agreements.form.otherCoaches')}
          name="other_coaches"
          hint={t('agreements.form.userNumbersHint')}
          optional
          value={draft.otherCoaches}
          onChange={(e) => set({ otherCoaches: e.target.value })}
          error={choices.length ? undefined : errors.coach_user_ids}
        />
      )}
    </fieldset>
  );
}

/** One liaison per party: a choice among its people when they can be listed, otherwise a user number. */
export function LiaisonFields({
  parties,
  draft,
  set,
  errors,
  people,
  known,
}: {
  parties: { id: number; name: string }[];
  draft: AgreementDraft;
  set: SetDraft;
  errors: Errors;
  people: PeopleByOrg;
  known: (orgId: number) => Person | undefined;
}) {
  const { t } = useTranslation();
  const setLiaison = (org: number, value: string) => set({ liaisons: { ...draft.liaisons, [String(org)]: value } });
  return (
    <fieldset>
      <legend>{t('agreements.form.liaisons')}</legend>
      {parties.map((org) => {
        const listed = people[String(org.id)];
        const value = draft.liaisons[String(org.id)] ?? '';
        const label = t('agreements.form.liaisonOf', { organization: org.name });
        const error = errors[`liaison-${org.id}`];
        if (listed) {
          const current = known(org.id);
          const options = current && !listed.some((p) => p.user_id === current.user_id) ? [...listed, current] : listed;
          return (
            <SelectField key={org.id} label={label} name={`liaison-${org.id}`} value={value} onChange={(v) => setLiaison(org.id, v)} error={error}
              options={[{ value: '', label: t('agreements.form.noLiaison') }, ...options.map((p) => ({ value: String(p.user_id), label: p.name }))]} />
          );
        }
        const current = known(org.id);
        return (
          <TextField key={org.id} label={label} name={`liaison-${org.id}`} inputMode="numeric" optional value={value}
            hint={current ? t('agreements.form.currentLiaison', { name: current.name }) : t('agreements.form.userNumberHint')}
            onChange={(e) => setLiaison(org.id, e.target.value)} error={error} />
        );
      })}
    </fieldset>
  );
}

/** The saved agreement, as shown beside the reader's own values when a save came too late. */
export function AgreementSummary({ agreement }: { agreement: Pick<Agreement, 'title' | 'status' | 'starts_on' | 'ends_on' | 'hours' | 'peer_organizations' | 'mentor_organization'> }) {
  const { t } = useTranslation();
  const hours = useHours();
  return (
    <dl className="facts" data-testid="theirs">
      <div><dt>{t('agreements.field.title')}</dt><dd>{agreement.title}</dd></div>
      <div><dt>{t('agreements.field.status')}</dt><dd>{t(`agreements.status.${agreement.status}`)}</dd></div>
      <div><dt>{t('agreements.field.dates')}</dt><dd>{t('agreements.dates', { start: formatDate(agreement.starts_on), end: formatDate(agreement.ends_on) })}</dd></div>
      <div><dt>{t('agreements.field.mentor')}</dt><dd>{agreement.mentor_organization.name}</dd></div>
      <div><dt>{t('agreements.field.peers')}</dt><dd>{agreement.peer_organizations.map((o) => o.name).join(', ')}</dd></div>
      {agreement.hours.map((h) => (
        <div key={h.kind}><dt>{t(`agreements.kind.${h.kind}`)}</dt><dd>{hours(h.purchased)}</dd></div>
      ))}
    </dl>
  );
}
