import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, type AgendaItem, type AgendaKind, type Meeting } from '../api';
import { FormAlert, Status, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { AgendaEditor } from '../components/planner/AgendaEditor';
import { MeetingDetailsFields } from '../components/planner/MeetingDetailsFields';
import { ObjectivesEditor } from '../components/planner/ObjectivesEditor';
import { PlanCheck } from '../components/planner/PlanCheck';
import { planOf, type Plan, type Preview, type SetPlan } from '../components/planner/plan';
import { useSaveMeeting } from '../components/planner/useSaveMeeting';
import { formatDueDate } from '../format';
import { checkPlan } from '../meetings';

function PlannerActions({ meeting, busy, onSchedule }: { meeting: Meeting | null; busy: boolean; onSchedule: (e: FormEvent) => void }) {
  const { t } = useTranslation();
  // A scheduled meeting cannot go back to draft: its changes are saved as updates (the invitation follows).
  const scheduled = meeting?.status === 'scheduled';
  return (
    <div className="actions">
      {scheduled ? (
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('planner.saveScheduled')}
        </button>
      ) : (
        <>
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {t('planner.saveDraft')}
          </button>
          <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={onSchedule}>
            {t('planner.schedule')}
          </button>
        </>
      )}
      {meeting && meeting.status !== 'draft' && <Link to={`/meetings/${meeting.id}`}>{t('planner.backToMeeting')}</Link>}
    </div>
  );
}

function Planner({
  teamId,
  teamName,
  meeting,
  share,
  preview,
  teamZone,
}: {
  teamId: number;
  teamName: string;
  teamZone?: string;
  meeting: Meeting | null;
  share: number;
  preview: Preview[];
}) {
  const { t } = useTranslation();
  const form = useForm({
    labels: {
      'agenda[]': t('planner.agendaItem'),
      'agenda[].title': t('planner.itemTitleLabel'),
      'agenda[].minutes': t('planner.itemMinutesLabel'),
      objectives: t('planner.objectives'),
      agenda: t('planner.agenda'),
    },
  });
  const [plan, setPlan] = useState<Plan>(() => planOf(meeting, teamZone));
  const location = useLocation();
  const [status, setStatus] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const set: SetPlan = (key, value) => setPlan((p) => ({ ...p, [key]: value }));
  const save = useSaveMeeting(teamId, meeting, plan, form, setStatus);

  const duration = Number(plan.duration);
  const agendaForCheck: AgendaItem[] = [
    ...preview.map((p) => ({ title: p.title, minutes: 1, kind: 'review' as AgendaKind })),
    ...plan.agenda.map((r) => ({ ...r, minutes: Number(r.minutesText) })),
  ];
  const summary = checkPlan(t, Number.isFinite(duration) ? duration : 0, plan.objectives, agendaForCheck, share);
  const fieldError = (name: string) => form.errors.fields[name];
  // The rules' summary waits for something to check: an objective, or an agenda item with a title.
  const entered = plan.objectives.some((o) => o.trim() !== '') || plan.agenda.some((r) => r.title.trim() !== '');

  return (
    <>
      <h1>{meeting ? t('planner.editTitle', { title: meeting.title }) : t('planner.newTitle')}</h1>
      <p className="lead">
        <Link to={`/teams/${teamId}`}>{teamName}</Link>
        {meeting && <> · {t(`meeting.status.${meeting.status}`)}</>}
      </p>
      <Status message={status} />
      <form noValidate ref={form.formRef} onSubmit={save(meeting?.status === 'scheduled' ? 'scheduled' : 'draft')} className="planner">
        <FormAlert message={form.errors.form} />
        <MeetingDetailsFields plan={plan} set={set} fieldError={fieldError} />
        <ObjectivesEditor objectives={plan.objectives} onChange={(o) => set('objectives', o)} summary={summary} error={fieldError('objectives')} />
        <AgendaEditor agenda={plan.agenda} onChange={(a) => set('agenda', a)} preview={preview} share={share} fieldError={fieldError} />
        <PlanCheck summary={summary} share={share} entered={entered} />
        <PlannerActions meeting={meeting} busy={form.busy} onSchedule={(e) => void save('scheduled')(e)} />
      </form>
    </>
  );
}

/** The open items a new meeting's agenda will open with: open action items of the team's meetings and open outreach. */
async function carriedPreview(teamId: number): Promise<Preview[]> {
  const [team, { meetings }] = await Promise.all([api.getTeam(teamId), api.listMeetings(teamId)]);
  const details = await Promise.all(meetings.filter((m) => m.status === 'closed').map((m) => api.getMeeting(m.id)));
  const seen = new Set<number>();
  const items: Preview[] = [];
  for (const detail of details) {
    for (const item of detail.action_items) {
      if (item.status !== 'open' || seen.has(item.id)) continue;
      seen.add(item.id);
      items.push({ title: `${item.title}${item.owner ? ` (${item.owner.name}, ${formatDueDate(item.due)})` : ''}` });
    }
  }
  for (const outreach of team.outreach_items) if (outreach.status === 'open') items.push({ title: outreach.title });
  return items;
}

export default function MeetingPlanner() {
  const { t } = useTranslation();
  const params = useParams();
  const meetingId = params.meetingId ? Number(params.meetingId) : null;
  const [load] = useLoad(async () => {
    if (meetingId !== null) {
      const meeting = await api.getMeeting(meetingId);
      const settings = await api.getMeetingSettings(meeting.team.id);
      return { teamId: meeting.team.id, teamName: meeting.team.name, meeting: meeting as Meeting, share: settings.discussion_share_percent, preview: [] };
    }
    const teamId = Number(params.teamId);
    const [team, settings, preview] = await Promise.all([api.getTeam(teamId), api.getMeetingSettings(teamId), carriedPreview(teamId)]);
    return { teamId, teamName: team.name, teamZone: team.time_zone, meeting: null, share: settings.discussion_share_percent, preview };
  }, [meetingId, params.teamId]);
  usePageTitle(load.state === 'ready' ? (load.data.meeting ? t('planner.editTitle', { title: load.data.meeting.title }) : t('planner.newTitle')) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const d = load.data;
  return <Planner key={`${d.meeting?.id ?? 'new'}-${d.meeting?.version ?? 0}`} {...d} />;
}
