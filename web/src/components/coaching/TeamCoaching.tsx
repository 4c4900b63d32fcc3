import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agreementsApi, type NextStep } from '../../agreementsApi';
import { api, ApiError, type Meeting } from '../../api';
import { formatDate, formatDateTime } from '../../format';
import { FormAlert, SelectField, Status, useProblemText } from '../forms';
import { InlineFailure, Loading, useLoad } from '../page';
import { CoachingEntries } from './CoachingEntries';
import '../../agreements.css';

/** The 409 of an accept when the team has no meeting ahead: said in the reader's language, with the way out. */
function isNoMeeting(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && /next meeting/i.test(error.problem.detail ?? '');
}

/** The meeting's date when an accept was refused because the step is due before it (then the reader may choose an
 * earlier meeting): the server's `before_meeting_date` problem. */
function meetingDateAfterDue(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.is('validation')) return null;
  const refusal = (error.problem.errors ?? []).find((e) => e.code === 'before_meeting_date');
  const date = refusal?.params?.date;
  return typeof date === 'string' ? date : null;
}

/** Accept (into a meeting's action items, by default the next one) or decline a proposed next step. */
function StepDecision({ teamId, step, meetings, decided }: { teamId: number; step: NextStep; meetings: Meeting[]; decided: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [meeting, setMeeting] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const refusedText = (failure: unknown): string => {
    const meetingDate = meetingDateAfterDue(failure);
    if (meetingDate === null || !step.due_on) return problemText(failure);
    return t('coaching.dueBeforeMeeting', { due: formatDate(step.due_on), date: formatDate(meetingDate) });
  };
  const act = async (accept: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (accept) await agreementsApi.acceptNextStep(teamId, step.id, meeting ? { meeting_id: Number(meeting) } : {});
      else await agreementsApi.declineNextStep(teamId, step.id);
      await decided(t(accept ? 'coaching.accepted' : 'coaching.declined', { title: step.title }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="inline-form" role="group" aria-label={t('coaching.decideStep', { title: step.title })}>
      <FormAlert message={error === null || isNoMeeting(error) ? null : refusedText(error)} />
      {isNoMeeting(error) && (
        <p className="alert alert-error">
          {t('coaching.noMeeting')} <Link to={`/teams/${teamId}/meetings/new`}>{t('coaching.planMeeting')}</Link>
        </p>
      )}
      <SelectField label={t('coaching.field.meeting', { title: step.title })} name={`meeting-${step.id}`} value={meeting} onChange={setMeeting}
        options={[{ value: '', label: t('coaching.nextMeeting') }, ...meetings.map((m) => ({ value: String(m.id), label: m.starts_at ? `${m.title} · ${formatDateTime(m.starts_at)}` : m.title }))]} />
      <button type="button" className="button button-primary button-small" aria-disabled={busy || undefined} onClick={() => void act(true)}>
        {t('coaching.accept', { title: step.title })}
      </button>
      <button type="button" className="button button-small" aria-disabled={busy || undefined} onClick={() => void act(false)}>
        {t('coaching.decline', { title: step.title })}
      </button>
    </div>
  );
}

/** The coaching this team received (issue 11) and, for those who manage the team, the next steps to accept. */
export function TeamCoaching({ teamId, manages }: { teamId: number; manages: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [load, reload] = useLoad(
    () => Promise.all([agreementsApi.teamCoaching(teamId), manages ? api.listMeetings(teamId).then((a) => a.meetings) : Promise.resolve([] as Meeting[])]),
    [teamId, manages],
  );
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') {
    // A team outside any agreement has no coaching to show; only a real failure is said.
    if (load.error instanceof ApiError && load.error.status === 404) return null;
    return <InlineFailure error={load.error} />;
  }
  const [{ entries }, meetings] = load.data;
  if (entries.length === 0) return null;
  const ahead = meetings.filter((m) => m.status === 'draft' || m.status === 'scheduled');
  const decided = async (message: string) => {
    await reload();
    setStatus(message);
  };
  return (
    <section aria-labelledby={`team-coaching-${teamId}`}>
      <h2 id={`team-coaching-${teamId}`}>{t('coaching.received')}</h2>
      <p>{t('coaching.receivedIntro')}</p>
      <Status message={status} />
      <CoachingEntries
        entries={entries}
        headingLevel={3}
        stepActions={(_, step) => (manages && step.status === 'proposed' ? <StepDecision teamId={teamId} step={step} meetings={ahead} decided={decided} /> : null)}
      />
    </section>
  );
}
