import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { invitationLabel, networkMeetingsApi, type MeetingInvitations } from '../../networkMeetingsApi';
import { FormAlert, SelectField, Status, SubmitButton, invalid, useForm } from '../forms';
import { InlineFailure, Loading, useLoad } from '../page';
import { ChangeInvitations } from './ChangeInvitations';

/** Logs the meeting as coaching hours on one of the agreements the server says the reader may log on. */
function LogCoaching({ meetingId, answer, logged }: { meetingId: number; answer: MeetingInvitations; logged: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const agreements = answer.coaching?.agreements ?? [];
  const [agreement, setAgreement] = useState(agreements.length === 1 ? String(agreements[0].id) : '');
  const onSubmit = form.submit(async () => {
    if (!agreement) throw invalid(t('errors.checkFields'), { agreement_id: t('networkMeetings.chooseAgreement') });
    await networkMeetingsApi.logCoaching(meetingId, Number(agreement));
    await logged();
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef}>
      <FormAlert message={form.errors.form} />
      <SelectField
        label={t('networkMeetings.agreement')}
        name="agreement_id"
        value={agreement}
        onChange={setAgreement}
        options={[{ value: '', label: t('networkMeetings.chooseAgreement') }, ...agreements.map((a) => ({ value: String(a.id), label: a.title }))]}
        error={form.errors.fields.agreement_id}
      />
      <SubmitButton busy={form.busy}>{t('networkMeetings.logCoaching')}</SubmitButton>
    </form>
  );
}

/** A network meeting's network, whom it invites, and its logging as coaching hours (where the server allows). */
export function NetworkMeetingPanel({ meetingId, held, closed }: { meetingId: number; held: boolean; closed: boolean }) {
  const { t } = useTranslation();
  const [load, reload] = useLoad(() => networkMeetingsApi.invitations(meetingId), [meetingId]);
  const [done, setDone] = useState<string | null>(null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <InlineFailure error={load.error} />;
  const answer = load.data;
  const entry = answer.coaching?.entry_id ?? null;
  return (
    <section aria-labelledby="network-meeting">
      <h2 id="network-meeting">{t('networkMeetings.invited')}</h2>
      {answer.network && (
        <p>
          {t('networkMeetings.ofNetwork')} <Link to={`/networks/${answer.network.id}`}>{answer.network.name}</Link>
        </p>
      )}
      {answer.invitations.length ? (
        <ul className="cards">
          {answer.invitations.map((i) => (
            <li key={`${i.organization.id}-${i.team?.id ?? 0}`}>{invitationLabel(i)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('networkMeetings.nobody')}</p>
      )}
      {answer.may.manage && !closed && answer.invitable && (
        <ChangeInvitations
          key={answer.invitations.map(invitationLabel).join('|')}
          meetingId={meetingId}
          answer={answer}
          saved={async () => {
            await reload();
            setDone(t('networkMeetings.invitationsSaved'));
          }}
        />
      )}
      {entry !== null && !done && <p>{t('networkMeetings.logged')}</p>}
      {entry === null && held && answer.may.log_coaching && (
        <LogCoaching
          meetingId={meetingId}
          answer={answer}
          logged={async () => {
            await reload();
            setDone(t('networkMeetings.logged'));
          }}
        />
      )}
      <Status message={done} />
    </section>
  );
}
