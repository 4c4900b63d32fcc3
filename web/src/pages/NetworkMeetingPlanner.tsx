import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type Network } from '../api';
import { FormAlert, SubmitButton, useForm } from '../components/forms';
import { InvitationChoices, invitationsOf, type InvitationDraft } from '../components/network/InvitationChoices';
import { MeetingDetailsFields } from '../components/planner/MeetingDetailsFields';
import { meetingInput, planOf, type Plan, type SetPlan } from '../components/planner/plan';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { networkMeetingsApi, type InvitableOrganization } from '../networkMeetingsApi';

/**
 * Plans a meeting of the network's community of practice: its time and place, and whom it invites. It is saved as
 * a draft of the network's host team and opens in the meeting planner, where its agenda is written and it is
 * scheduled (the same rules as any team meeting).
 */
function Form({ network, choices, zone }: { network: Network; choices: InvitableOrganization[]; zone: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm();
  const [plan, setPlanState] = useState<Plan>(() => ({ ...planOf(null, zone), duration: '90' }));
  const [invited, setInvited] = useState<InvitationDraft>({ organizations: [], teams: [] });
  const set: SetPlan = (key, value) => setPlanState((p) => ({ ...p, [key]: value }));
  const fieldError = (name: string) => form.errors.fields[name];
  const onSubmit = form.submit(async () => {
    const input = { ...meetingInput(plan, 'draft'), invitations: invitationsOf(invited, choices) };
    const made = await networkMeetingsApi.plan(network.id, input);
    void navigate(`/meetings/${made.id}/edit`);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef}>
      <FormAlert message={form.errors.form} />
      <MeetingDetailsFields plan={plan} set={set} fieldError={fieldError} />
      <InvitationChoices choices={choices} value={invited} onChange={setInvited} error={fieldError('invitations')} />
      <SubmitButton busy={form.busy}>{t('networkMeetings.save')}</SubmitButton>
    </form>
  );
}

export default function NetworkMeetingPlanner() {
  const { t } = useTranslation();
  const networkId = Number(useParams().id);
  const [load] = useLoad(() => Promise.all([api.getNetwork(networkId), networkMeetingsApi.list(networkId)]), [networkId]);
  usePageTitle(t('networkMeetings.planTitle'));
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const [network, list] = load.data;
  return (
    <>
      <h1>{t('networkMeetings.planTitle')}</h1>
      <p className="lead">
        <Link to={`/networks/${network.id}`}>{network.name}</Link>
      </p>
      <p>{t('networkMeetings.planIntro')}</p>
      {list.may.plan ? <Form network={network} choices={list.invitable ?? []} zone={list.time_zone} /> : <p>{t('networkMeetings.mayNotPlan')}</p>}
    </>
  );
}
