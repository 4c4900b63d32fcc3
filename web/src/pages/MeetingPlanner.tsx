import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  AGENDA_KINDS,
  MEETING_MODES,
  api,
  ApiError,
  type AgendaItem,
  type AgendaKind,
  type Meeting,
  type MeetingInput,
  type MeetingMode,
} from '../api';
import { FormAlert, SelectField, Status, TextAreaField, TextField, invalid, useForm } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { browserTimeZone, checkPlan, rfc3339ToZoned, timeZones, zonedToRfc3339 } from '../meetings';

interface Row extends AgendaItem {
  key: number;
  minutesText: string;
}

interface Plan {
  title: string;
  goal: string;
  start: string;
  timeZone: string;
  duration: string;
  mode: MeetingMode | '';
  location: string;
  objectives: string[];
  agenda: Row[];
}

let nextKey = 1;
const rowOf = (item: AgendaItem): Row => ({ ...item, key: nextKey++, minutesText: String(item.minutes) });

function planOf(meeting: Meeting | null): Plan {
  const zone = meeting?.time_zone || browserTimeZone();
  return {
    title: meeting?.title ?? '',
    goal: meeting?.goal ?? '',
    start: rfc3339ToZoned(meeting?.starts_at ?? null, zone),
    timeZone: zone,
    duration: meeting?.duration_minutes ? String(meeting.duration_minutes) : '60',
    mode: meeting?.mode ?? '',
    location: meeting?.location ?? '',
    objectives: meeting?.objectives.length ? meeting.objectives : [''],
    agenda: meeting ? meeting.agenda.map(rowOf) : [rowOf({ title: '', minutes: 15, kind: 'discussion' })],
  };
}

interface Preview {
  title: string;
}

function Planner({
  teamId,
  teamName,
  meeting,
  share,
  preview,
}: {
  teamId: number;
  teamName: string;
  meeting: Meeting | null;
  share: number;
  preview: Preview[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm();
  const [plan, setPlan] = useState<Plan>(() => planOf(meeting));
  const location = useLocation();
  const [status, setStatus] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const zones = useMemo(timeZones, []);
  const set = <K extends keyof Plan>(key: K, value: Plan[K]) => setPlan((p) => ({ ...p, [key]: value }));
  const setRow = (key: number, change: Partial<Row>) =>
    setPlan((p) => ({ ...p, agenda: p.agenda.map((r) => (r.key === key ? { ...r, ...change } : r)) }));

  const duration = Number(plan.duration);
  const agendaForCheck: AgendaItem[] = [
    ...preview.map((p) => ({ title: p.title, minutes: 1, kind: 'review' as AgendaKind })),
    ...plan.agenda.map((r) => ({ ...r, minutes: Number(r.minutesText) })),
  ];
  const summary = checkPlan(t, Number.isFinite(duration) ? duration : 0, plan.objectives, agendaForCheck, share);

  function input(status: 'draft' | 'scheduled'): MeetingInput {
    const fields: Record<string, string> = {};
    if (!plan.title.trim()) fields.title = t('form.required');
    plan.agenda.forEach((r, i) => {
      if (!/^\d+$/.test(r.minutesText.trim())) fields[`agenda[${i}].minutes`] = t('form.wholeNumber');
    });
    if (plan.duration.trim() && !/^\d+$/.test(plan.duration.trim())) fields.duration_minutes = t('form.wholeNumber');
    if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
    const body: MeetingInput = { title: plan.title.trim(), status };
    if (plan.goal.trim()) body.goal = plan.goal.trim();
    if (plan.start) {
      const start = zonedToRfc3339(plan.start, plan.timeZone);
      if (start) body.starts_at = start;
    }
    body.time_zone = plan.timeZone;
    if (plan.duration.trim()) body.duration_minutes = Number(plan.duration);
    if (plan.mode) body.mode = plan.mode;
    if (plan.location.trim()) body.location = plan.location.trim();
    body.objectives = plan.objectives.map((o) => o.trim()).filter(Boolean);
    body.agenda = plan.agenda
      .filter((r) => r.title.trim())
      .map((r) => ({ ...(r.id ? { id: r.id } : {}), title: r.title.trim(), minutes: Number(r.minutesText), kind: r.kind }));
    return body;
  }

  const save = (target: 'draft' | 'scheduled') =>
    form.submit(async () => {
      setStatus(null);
      const body = input(target);
      let saved: Meeting;
      if (meeting) {
        try {
          saved = await api.updateMeeting(meeting.id, { ...body, version: meeting.version });
        } catch (error) {
          if (error instanceof ApiError && error.is('stale-edit')) setStatus(t('planner.staleHint'));
          throw error;
        }
      } else {
        saved = await api.createMeeting(teamId, body);
      }
      if (target === 'scheduled')
        navigate(`/meetings/${saved.id}`, { state: { message: meeting?.status === 'scheduled' ? t('planner.updated') : t('planner.scheduled') } });
      else if (!meeting) navigate(`/meetings/${saved.id}/edit`, { replace: true, state: { message: t('planner.draftSaved') } });
      else {
        navigate(`/meetings/${saved.id}/edit`, { replace: true, state: { message: t('planner.draftSaved'), at: Date.now() } });
      }
    });

  // A scheduled meeting cannot go back to draft: its changes are saved as updates (the invitation follows).
  const scheduled = meeting?.status === 'scheduled';
  const errors = form.errors.fields;
  const fieldError = (name: string) => errors[name];

  return (
    <>
      <h1>{meeting ? t('planner.editTitle', { title: meeting.title }) : t('planner.newTitle')}</h1>
      <p className="lead">
        <Link to={`/teams/${teamId}`}>{teamName}</Link>
        {meeting && <> · {t(`meeting.status.${meeting.status}`)}</>}
      </p>
      <Status message={status} />
      <form noValidate ref={form.formRef} onSubmit={save(scheduled ? 'scheduled' : 'draft')} className="planner">
        <FormAlert message={form.errors.form} />
        <TextField label={t('planner.title')} name="title" value={plan.title} onChange={(e) => set('title', e.target.value)} error={fieldError('title')} />
        <TextAreaField label={t('planner.goal')} name="goal" hint={t('planner.goalHint')} value={plan.goal} onChange={(v) => set('goal', v)} error={fieldError('goal')} />
        <div className="grid">
          <TextField
            label={t('planner.start')}
            name="starts_at"
            type="datetime-local"
            value={plan.start}
            onChange={(e) => set('start', e.target.value)}
            error={fieldError('starts_at')}
          />
          <SelectField
            label={t('planner.timeZone')}
            name="time_zone"
            value={plan.timeZone}
            options={zones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))}
            onChange={(v) => set('timeZone', v)}
            error={fieldError('time_zone')}
          />
          <TextField
            label={t('planner.duration')}
            name="duration_minutes"
            inputMode="numeric"
            value={plan.duration}
            onChange={(e) => set('duration', e.target.value)}
            error={fieldError('duration_minutes')}
          />
          <SelectField<MeetingMode | ''>
            label={t('planner.mode')}
            name="mode"
            value={plan.mode}
            options={[{ value: '', label: t('planner.chooseMode') }, ...MEETING_MODES.map((m) => ({ value: m, label: t(`meeting.mode.${m}`) }))]}
            onChange={(v) => set('mode', v)}
            error={fieldError('mode')}
          />
        </div>
        <TextField
          label={t('planner.location')}
          hint={t('planner.locationHint')}
          name="location"
          value={plan.location}
          onChange={(e) => set('location', e.target.value)}
          error={fieldError('location')}
        />

        <fieldset className={`field group${fieldError('objectives') ? ' field-invalid' : ''}`} aria-describedby="objectives-hint">
          <legend>{t('planner.objectives')}</legend>
          <p id="objectives-hint" className="hint">
            {t('planner.objectivesHint', { most: summary.maxObjectives, duration: summary.duration })}
          </p>
          {fieldError('objectives') && (
            <p className="field-error" id="objectives-error">
              <span className="visually-hidden">{t('errors.prefix')} </span>
              {fieldError('objectives')}
            </p>
          )}
          <ol className="objective-list">
            {plan.objectives.map((objective, index) => (
              <li key={index} className="row-editor">
                <TextField
                  label={t('planner.objectiveN', { number: index + 1 })}
                  name={`objective-${index}`}
                  value={objective}
                  onChange={(e) => set('objectives', plan.objectives.map((o, i) => (i === index ? e.target.value : o)))}
                />
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => set('objectives', plan.objectives.filter((_, i) => i !== index))}
                >
                  {t('planner.remove')}
                  <span className="visually-hidden"> {t('planner.objectiveN', { number: index + 1 })}</span>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="button button-small" onClick={() => set('objectives', [...plan.objectives, ''])}>
            {t('planner.addObjective')}
          </button>
        </fieldset>

        <fieldset className={`field group${fieldError('agenda') ? ' field-invalid' : ''}`}>
          <legend>{t('planner.agenda')}</legend>
          <p className="hint">{t('planner.agendaHint', { share })}</p>
          {fieldError('agenda') && (
            <p className="field-error">
              <span className="visually-hidden">{t('errors.prefix')} </span>
              {fieldError('agenda')}
            </p>
          )}
          {preview.length > 0 && (
            <div className="carried">
              <p>{t('planner.carriedPreview', { count: preview.length })}</p>
              <ul>
                {preview.map((p, i) => (
                  <li key={i}>{p.title}</li>
                ))}
              </ul>
            </div>
          )}
          <ol className="agenda-editor">
            {plan.agenda.map((row, index) => (
              <li key={row.key} className="agenda-row">
                {row.carried_over && <span className="badge badge-planned">{t('planner.carriedBadge')}</span>}
                <TextField
                  label={t('planner.itemTitle', { number: index + 1 })}
                  name={`agenda-${index}-title`}
                  value={row.title}
                  onChange={(e) => setRow(row.key, { title: e.target.value })}
                />
                <TextField
                  label={t('planner.itemMinutes', { number: index + 1 })}
                  name={`agenda-${index}-minutes`}
                  inputMode="numeric"
                  className="narrow-input"
                  value={row.minutesText}
                  onChange={(e) => setRow(row.key, { minutesText: e.target.value })}
                  error={fieldError(`agenda[${index}].minutes`)}
                />
                <SelectField<AgendaKind>
                  label={t('planner.itemKind', { number: index + 1 })}
                  name={`agenda-${index}-kind`}
                  value={row.kind}
                  options={AGENDA_KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))}
                  onChange={(v) => setRow(row.key, { kind: v })}
                />
                <button type="button" className="button button-small" onClick={() => set('agenda', plan.agenda.filter((r) => r.key !== row.key))}>
                  {t('planner.remove')}
                  <span className="visually-hidden"> {t('planner.itemTitle', { number: index + 1 })}</span>
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button button-small"
            onClick={() => set('agenda', [...plan.agenda, rowOf({ title: '', minutes: 10, kind: 'topic' })])}
          >
            {t('planner.addItem')}
          </button>
        </fieldset>

        <section aria-labelledby="plan-check" className={`panel plan-check${summary.violations.length ? ' panel-warning' : ''}`}>
          <h2 id="plan-check">{t('planner.check')}</h2>
          <ul>
            <li>{t('planner.checkObjectives', { count: summary.objectives, most: summary.maxObjectives })}</li>
            <li>{t('planner.checkAgenda', { total: summary.agendaMinutes, duration: summary.duration })}</li>
            <li>{t('planner.checkDiscussion', { minutes: summary.discussionMinutes, least: summary.minDiscussion, share })}</li>
          </ul>
          <div aria-live="polite" aria-atomic="true" className="rule-messages">
            {summary.violations.length ? (
              <>
                <p>
                  <strong>{t('planner.breaks')}</strong>
                </p>
                <ul className="violations">
                  {summary.violations.map((v, i) => (
                    <li key={i}>{v.message}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('planner.keeps')}</p>
            )}
          </div>
        </section>

        <div className="actions">
          {scheduled ? (
            <button type="submit" className="button button-primary" aria-disabled={form.busy || undefined}>
              {t('planner.saveScheduled')}
            </button>
          ) : (
            <>
              <button type="submit" className="button" aria-disabled={form.busy || undefined}>
                {t('planner.saveDraft')}
              </button>
              <button type="button" className="button button-primary" aria-disabled={form.busy || undefined} onClick={(e) => void save('scheduled')(e)}>
                {t('planner.schedule')}
              </button>
            </>
          )}
          {meeting && meeting.status !== 'draft' && <Link to={`/meetings/${meeting.id}`}>{t('planner.backToMeeting')}</Link>}
        </div>
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
      items.push({ title: `${item.title}${item.owner ? ` (${item.owner.name}, ${item.due})` : ''}` });
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
    return { teamId, teamName: team.name, meeting: null, share: settings.discussion_share_percent, preview };
  }, [meetingId, params.teamId]);
  usePageTitle(load.state === 'ready' ? (load.data.meeting ? t('planner.editTitle', { title: load.data.meeting.title }) : t('planner.newTitle')) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  const d = load.data;
  return <Planner key={`${d.meeting?.id ?? 'new'}-${d.meeting?.version ?? 0}`} {...d} />;
}
