import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkMeetingsApi, type MeetingInvitations } from '../../networkMeetingsApi';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { InvitationChoices, invitationsOf, type InvitationDraft } from '../network/InvitationChoices';

/** The meeting's invitations as the checkboxes show them: whole organizations, and single teams. */
function draftOf(answer: MeetingInvitations): InvitationDraft {
  return {
    organizations: answer.invitations.filter((i) => !i.team).map((i) => String(i.organization.id)),
    teams: answer.invitations.flatMap((i) => (i.team ? [String(i.team.id)] : [])),
  };
}

/**
 * Whom a network meeting invites, changed by those who manage it until it is held. Whoever is no longer invited
 * loses the meeting at once; the server refuses a closed meeting and anyone outside the network's participants.
 */
export function ChangeInvitations({ meetingId, answer, saved }: { meetingId: number; answer: MeetingInvitations; saved: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const choices = answer.invitable ?? [];
  const [invited, setInvited] = useState<InvitationDraft>(() => draftOf(answer));
  const onSubmit = form.submit(async () => {
    await networkMeetingsApi.setInvitations(meetingId, invitationsOf(invited, choices));
    await saved();
  });
  return (
    <details className="change-invitations">
      <summary>{t('networkMeetings.change')}</summary>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <InvitationChoices choices={choices} value={invited} onChange={setInvited} error={form.errors.fields.invitations} />
        <SubmitButton busy={form.busy}>{t('networkMeetings.saveInvitations')}</SubmitButton>
      </form>
    </details>
  );
}
