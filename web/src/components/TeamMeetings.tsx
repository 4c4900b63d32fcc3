import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Meeting } from '../api';
import { MeetingTime } from './MeetingTime';
import { FormAlert, Status, SubmitButton, TextField, invalid, useForm } from './forms';
import { InlineFailure, Loading, useLoad } from './page';

function MeetingList({ meetings, manages, empty }: { meetings: Meeting[]; manages: boolean; empty: string }) {
  const { t } = useTranslation();
  if (!meetings.length) return <p>{empty}</p>;
  return (
    <ul className="cards meeting-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <Link to={m.status === 'draft' && manages ? `/meetings/${m.id}/edit` : `/meetings/${m.id}`}>{m.title}</Link>
          <span className="meta">
            {t(`meeting.status.${m.status}`)} · <MeetingTime startsAt={m.starts_at} timeZone={m.time_zone} />
          </span>
          {m.status === 'closed' && (
            <Link to={`/meetings/${m.id}/minutes`} className="small-link">
              {t('meeting.minutesOf', { title: m.title })}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

function DiscussionShare({ teamId, value, saved }: { teamId: number; value: number; saved: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [share, setShare] = useState(String(value));
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = form.submit(async () => {
    setStatus(null);
    const number = Number(share);
    if (!/^\d+$/.test(share.trim()) || number > 100)
      throw invalid(t('errors.checkFields'), { discussion_share_percent: t('meetings.shareInvalid') });
    await api.setMeetingSettings(teamId, number);
    await saved();
    setStatus(t('meetings.shareSaved', { share: number }));
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="inline-form">
      <FormAlert message={form.errors.form} />
      <TextField
        label={t('meetings.shareLabel')}
        hint={t('meetings.shareHint')}
        name="discussion_share_percent"
        inputMode="numeric"
        value={share}
        onChange={(e) => setShare(e.target.value)}
        error={form.errors.fields.discussion_share_percent}
      />
      <SubmitButton busy={form.busy}>{t('meetings.shareSubmit')}</SubmitButton>
      <Status message={status} />
    </form>
  );
}

/** The team page's meetings tab: upcoming, drafts and past, a link to follow-through, and the lead's discussion share. */
export function TeamMeetings({ teamId, manages }: { teamId: number; manages: boolean }) {
  const { t } = useTranslation();
  const [load, reload] = useLoad(
    () => Promise.all([api.listMeetings(teamId), api.getMeetingSettings(teamId)]),
    [teamId],
  );
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">{t('meetings.title')}</h2>
      {manages && (
        <p>
          <Link className="button button-primary" to={`/teams/${teamId}/meetings/new`}>
            {t('meetings.plan')}
          </Link>
        </p>
      )}
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' && <MeetingsBody data={load.data} manages={manages} teamId={teamId} reload={reload} />}
    </section>
  );
}

function MeetingsBody({
  data: [{ meetings }, settings],
  manages,
  teamId,
  reload,
}: {
  data: [{ meetings: Meeting[] }, Awaited<ReturnType<typeof api.getMeetingSettings>>];
  manages: boolean;
  teamId: number;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const byStart = (a: Meeting, b: Meeting) => (a.starts_at ?? '').localeCompare(b.starts_at ?? '');
  const upcoming = meetings.filter((m) => m.status === 'scheduled').sort(byStart);
  const drafts = meetings.filter((m) => m.status === 'draft');
  const past = meetings.filter((m) => m.status === 'closed' || m.status === 'cancelled').sort((a, b) => byStart(b, a));
  return (
    <>
      <div className="columns">
        <div>
          <h3>{t('meetings.upcoming')}</h3>
          <MeetingList meetings={upcoming} manages={manages} empty={t('meetings.noUpcoming')} />
        </div>
        <div>
          <h3>{t('meetings.drafts')}</h3>
          <MeetingList meetings={drafts} manages={manages} empty={t('meetings.noDrafts')} />
        </div>
        <div>
          <h3>{t('meetings.past')}</h3>
          <MeetingList meetings={past} manages={manages} empty={t('meetings.noPast')} />
        </div>
      </div>
      <p>
        <Link to={`/teams/${teamId}/follow-through`}>{t('teamTabs.seeFollowThrough')}</Link>
      </p>
      {manages ? (
        <DiscussionShare teamId={teamId} value={settings.discussion_share_percent} saved={reload} />
      ) : (
        <p>{t('meetings.shareIs', { share: settings.discussion_share_percent })}</p>
      )}
    </>
  );
}
