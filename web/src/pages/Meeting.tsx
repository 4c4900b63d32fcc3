import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  ACTION_STATUSES,
  ATTENDANCE_STATUSES,
  api,
  ApiError,
  type ActionItem,
  type ActionStatus,
  type AgendaItem,
  type AttendanceStatus,
  type MeetingDetail,
  type Member,
  type Note,
} from '../api';
import { FormAlert, Status, SubmitButton, TextField, invalid, useForm, useProblemText } from '../components/forms';
import { ObjectivesList } from '../components/ObjectivesList';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { dateLocale, formatDate } from '../format';
import { useLiveMeeting } from '../live';
import { formatInZone } from '../meetings';
import { useUser } from '../session';

/** My note on one agenda item: saved with its version; a stale save shows theirs beside mine to choose or merge. */
function MyNote({ meetingId, item, note, canWrite }: { meetingId: number; item: AgendaItem; note: Note | undefined; canWrite: boolean }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [text, setText] = useState(note?.text ?? '');
  const [base, setBase] = useState<{ text: string; version?: number }>({ text: note?.text ?? '', version: note?.version });
  const [conflict, setConflict] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `note-${item.id}`;

  // Another tab of mine saved: take it when nothing is typed here that is not saved.
  useEffect(() => {
    if (!note || note.version === base.version) return;
    if (text === base.text && !conflict) {
      setText(note.text);
      setBase({ text: note.text, version: note.version });
    }
  }, [note]); // eslint-disable-line react-hooks/exhaustive-deps

  async function save(value: string, version: number | undefined) {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      const saved = await api.saveNote(meetingId, item.id!, value, version);
      setText(saved.text);
      setBase({ text: saved.text, version: saved.version });
      setConflict(null);
      setStatus(t('live.noteSaved'));
    } catch (failure) {
      if (failure instanceof ApiError && failure.is('stale-edit') && failure.problem.current) {
        setConflict(failure.problem.current as Note);
      }
      setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  if (!canWrite) return null;
  return (
    <div className="my-note">
      <FormAlert message={error} />
      <label htmlFor={id}>{t('live.myNote')}</label>
      {conflict && (
        <div className="conflict" role="group" aria-labelledby={`${id}-conflict`}>
          <h4 id={`${id}-conflict`}>{t('live.conflictTitle')}</h4>
          <p>{t('live.conflictText')}</p>
          <div className="columns">
            <div>
              <h5>{t('live.theirs')}</h5>
              <blockquote className="note-text" data-testid="theirs">
                {conflict.text}
              </blockquote>
            </div>
            <div>
              <h5>{t('live.mine')}</h5>
              <blockquote className="note-text">{text}</blockquote>
            </div>
          </div>
          <p>{t('live.conflictChoice')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void save(text, conflict.version)}>
              {t('live.keepMine')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setText(conflict.text);
                setBase({ text: conflict.text, version: conflict.version });
                setConflict(null);
                setError(null);
                setStatus(t('live.tookTheirs'));
              }}
            >
              {t('live.useTheirs')}
            </button>
          </div>
        </div>
      )}
      <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="hint">
        {conflict ? t('live.mergeHint') : t('live.noteHint')}
      </p>
      <button
        type="button"
        className="button button-small"
        aria-disabled={busy || undefined}
        onClick={() => !busy && void save(text, conflict ? conflict.version : base.version)}
      >
        {busy ? t('form.working') : conflict ? t('live.saveMerged') : t('live.saveNote')}
        <span className="visually-hidden"> {item.title}</span>
      </button>
      <Status message={status} />
    </div>
  );
}

function AddDecision({ meetingId, item, added }: { meetingId: number; item: AgendaItem; added: (id: number) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const [text, setText] = useState('');
  const onSubmit = form.submit(async () => {
    if (!text.trim()) throw invalid(t('errors.checkFields'), { text: t('form.required') });
    const decision = await api.addDecision(meetingId, text.trim(), item.id);
    added(decision.id);
    setText('');
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} className="inline-form">
      <FormAlert message={form.errors.form} />
      <TextField
        label={t('live.decision')}
        name={`decision-${item.id}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={form.errors.fields.text}
      />
      <SubmitButton busy={form.busy}>
        {t('live.addDecision')}
        <span className="visually-hidden"> {item.title}</span>
      </SubmitButton>
    </form>
  );
}

function AddActionItem({ meetingId, members, added }: { meetingId: number; members: Member[]; added: (item: ActionItem) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const ownerId = 'action-owner';
  const onSubmit = form.submit(async () => {
    const errors: Record<string, string> = {};
    if (!title.trim()) errors.title = t('live.whatRequired');
    if (!owner) errors.owner_id = t('live.ownerRequired');
    if (!due) errors.due = t('live.dueRequired');
    if (Object.keys(errors).length) throw invalid(t('errors.checkFields'), errors);
    const item = await api.addActionItem(meetingId, { title: title.trim(), owner_id: Number(owner), due });
    added(item);
    setTitle('');
    setOwner('');
    setDue('');
  });
  const ownerError = form.errors.fields.owner_id;
  return (
    <section aria-labelledby="add-action">
      <h3 id="add-action">{t('live.addAction')}</h3>
      <p className="hint">{t('live.addActionHint')}</p>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextField label={t('live.what')} name="title" value={title} onChange={(e) => setTitle(e.target.value)} error={form.errors.fields.title} />
        <div className="grid">
          <div className={`field${ownerError ? ' field-invalid' : ''}`}>
            <label htmlFor={ownerId}>{t('live.owner')}</label>
            {ownerError && (
              <p id={`${ownerId}-error`} className="field-error">
                <span className="visually-hidden">{t('errors.prefix')} </span>
                {ownerError}
              </p>
            )}
            <select
              id={ownerId}
              name="owner_id"
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              aria-invalid={ownerError ? true : undefined}
              aria-describedby={ownerError ? `${ownerId}-error` : undefined}
            >
              <option value="">{t('live.chooseOwner')}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <TextField label={t('live.due')} name="due" type="date" value={due} onChange={(e) => setDue(e.target.value)} error={form.errors.fields.due} />
        </div>
        <SubmitButton busy={form.busy}>{t('live.addActionSubmit')}</SubmitButton>
      </form>
    </section>
  );
}

function ActionStatusSelect({ item, canWrite, changed }: { item: ActionItem; canWrite: boolean; changed: (status: ActionStatus, message: string) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [error, setError] = useState<string | null>(null);
  const id = `action-status-${item.id}`;
  if (!canWrite) return <>{t(`action.status.${item.status}`)}</>;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('live.statusOf', { title: item.title })}
      </label>
      <select
        id={id}
        value={item.status}
        onChange={async (e) => {
          setError(null);
          try {
            const status = e.target.value as ActionStatus;
            await api.updateActionItem(item.id, { status, version: item.version });
            changed(status, t('live.statusChanged', { title: item.title, status: t(`action.status.${e.target.value}`) }));
          } catch (failure) {
            setError(problemText(failure));
          }
        }}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`action.status.${s}`)}
          </option>
        ))}
      </select>
      {error && <p className="field-error">{error}</p>}
    </>
  );
}

type Data = [MeetingDetail, Awaited<ReturnType<typeof api.getTeam>>];

/** What changed between two loads, in words, leaving out what this person did themselves. */
function describeChanges(t: (k: string, o?: Record<string, unknown>) => string, before: MeetingDetail, after: MeetingDetail, mine: Set<string>, userId: number): string[] {
  const out: string[] = [];
  const oldItems = new Map(before.action_items.map((i) => [i.id, i]));
  for (const item of after.action_items) {
    const old = oldItems.get(item.id);
    if (!old && !mine.has(`action:${item.id}`)) out.push(t('live.announce.action', { title: item.title, owner: item.owner?.name ?? '' }));
    else if (old && old.status !== item.status && !mine.has(`status:${item.id}:${item.status}`))
      out.push(t('live.announce.status', { title: item.title, status: t(`action.status.${item.status}`) }));
  }
  const oldDecisions = new Set(before.decisions.map((d) => d.id));
  for (const d of after.decisions) if (!oldDecisions.has(d.id) && !mine.has(`decision:${d.id}`)) out.push(t('live.announce.decision', { text: d.text }));
  const oldNotes = new Map(before.notes.map((n) => [n.id, n.version]));
  for (const n of after.notes) if (n.author.id !== userId && oldNotes.get(n.id) !== n.version) out.push(t('live.announce.note', { name: n.author.name }));
  const oldAttendance = new Map(before.attendance.map((a) => [a.member_id, a.status]));
  for (const a of after.attendance)
    if (a.status && oldAttendance.get(a.member_id) !== a.status && !mine.has(`attendance:${a.member_id}:${a.status}`))
      out.push(t('live.announce.attendance', { name: a.name, status: t(`attendance.${a.status}`) }));
  if (before.status !== after.status) out.push(t('live.announce.meeting', { status: t(`meeting.status.${after.status}`) }));
  return out;
}

function Live({ data }: { data: Data }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const problemText = useProblemText();
  const [initial, team] = data;
  const [meeting, setMeeting] = useState(initial);
  const ticket = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++ticket.current;
    try {
      const latest = await api.getMeeting(initial.id);
      if (mine === ticket.current) setMeeting(latest);
    } catch {
      // Keep what is shown; the next event or poll tries again.
    }
  }, [initial.id]);
  const [announcement, setAnnouncement] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const [error, setError] = useState<string | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [closing, setClosing] = useState(false);
  const mine = useRef(new Set<string>());
  const previous = useRef(meeting);

  // What the caller may do here is the server's decision (`may`); the page only hides what it would refuse.
  const manages = meeting.may.manage;
  const open = meeting.status === 'scheduled' || meeting.status === 'draft';
  const canWrite = open && meeting.may.contribute;
  const canChangeStatus = meeting.may.contribute;

  useEffect(() => {
    const changes = describeChanges(t, previous.current, meeting, mine.current, user.id);
    previous.current = meeting;
    if (changes.length) setAnnouncement(changes.join(' '));
  }, [meeting, t, user.id]);

  const refresh = useCallback(() => void reload(), [reload]);
  const mode = useLiveMeeting(meeting.id, meeting.status === 'scheduled' || meeting.status === 'draft', refresh);

  const did = async (key: string, message?: string) => {
    mine.current.add(key);
    await reload();
    if (message) setAnnouncement(message);
  };

  async function close() {
    setError(null);
    setClosing(true);
    try {
      await api.closeMeeting(meeting.id);
      navigate(`/meetings/${meeting.id}/minutes`, { state: { message: t('live.closed') } });
    } catch (failure) {
      setError(problemText(failure));
      setClosing(false);
    }
  }

  const contributors = team.members.filter((m) => m.contributes);
  const notesBy = (itemId: number) => meeting.notes.filter((n) => n.agenda_item_id === itemId);

  return (
    <>
      <h1>{meeting.title}</h1>
      <p className="lead">
        <Link to={`/teams/${team.id}`}>{team.name}</Link> · {t(`meeting.status.${meeting.status}`)}
      </p>
      <div role="status" aria-live="polite" aria-atomic="true" className="live-announcer">
        {announcement && <p className="alert alert-success">{announcement}</p>}
      </div>
      <FormAlert message={error} />
      <dl className="facts">
        <div>
          <dt>{t('meeting.when')}</dt>
          <dd>{meeting.starts_at ? formatInZone(meeting.starts_at, meeting.time_zone, dateLocale()) : t('meeting.noStart')}</dd>
        </div>
        <div>
          <dt>{t('planner.duration')}</dt>
          <dd>{meeting.duration_minutes ? t('meeting.minutes', { count: meeting.duration_minutes }) : '—'}</dd>
        </div>
        <div>
          <dt>{t('planner.mode')}</dt>
          <dd>{meeting.mode ? t(`meeting.mode.${meeting.mode}`) : '—'}</dd>
        </div>
        <div>
          <dt>{t('meeting.where')}</dt>
          <dd>{meeting.location || '—'}</dd>
        </div>
        {meeting.status !== 'closed' && meeting.status !== 'cancelled' && (
          <div>
            <dt>{t('live.updates')}</dt>
            <dd data-live-mode={mode}>{t(`live.mode.${mode}`)}</dd>
          </div>
        )}
      </dl>
      {meeting.goal && (
        <p>
          <strong>{t('planner.goal')}:</strong> {meeting.goal}
        </p>
      )}
      <ObjectivesList objectives={meeting.objectives} />
      <ul className="link-list">
        {meeting.status !== 'draft' && (
          <li>
            <a href={`/api/v1/meetings/${meeting.id}/invite.ics`} download>
              {t('meeting.invite')}
            </a>
          </li>
        )}
        {meeting.status === 'closed' && (
          <li>
            <Link to={`/meetings/${meeting.id}/minutes`}>{t('meeting.minutesOf', { title: meeting.title })}</Link>
          </li>
        )}
        {manages && open && (
          <li>
            <Link to={`/meetings/${meeting.id}/edit`}>{t('meeting.editPlan')}</Link>
          </li>
        )}
      </ul>

      <section aria-labelledby="attendance">
        <h2 id="attendance">{t('live.attendance')}</h2>
        <TableRegion caption={t('live.attendanceCaption')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('live.present')}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.attendance.map((a) => (
              <tr key={a.member_id}>
                <th scope="row">{a.name}</th>
                <td>
                  {canWrite ? (
                    <>
                      <label className="visually-hidden" htmlFor={`attendance-${a.member_id}`}>
                        {t('live.attendanceOf', { name: a.name })}
                      </label>
                      <select
                        id={`attendance-${a.member_id}`}
                        value={a.status ?? ''}
                        onChange={async (e) => {
                          setError(null);
                          try {
                            const status = e.target.value as AttendanceStatus;
                            await api.setAttendance(meeting.id, a.member_id, status);
                            await did(`attendance:${a.member_id}:${status}`);
                          } catch (failure) {
                            setError(problemText(failure));
                          }
                        }}
                      >
                        <option value="" disabled>
                          {t('attendance.notRecorded')}
                        </option>
                        {ATTENDANCE_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`attendance.${s}`)}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : a.status ? (
                    t(`attendance.${a.status}`)
                  ) : (
                    t('attendance.notRecorded')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </section>

      <section aria-labelledby="agenda">
        <h2 id="agenda">{t('planner.agenda')}</h2>
        <ol className="agenda-live">
          {meeting.agenda.map((item) => {
            const notes = notesBy(item.id!);
            const myNote = notes.find((n) => n.author.id === user.id);
            // While the meeting is open my own note is in the editor; afterwards every note is read-only.
            const others = canWrite ? notes.filter((n) => n.author.id !== user.id) : notes;
            const decisions = meeting.decisions.filter((d) => d.agenda_item_id === item.id);
            return (
              <li key={item.id} className="panel agenda-item" aria-labelledby={`item-${item.id}`}>
                <h3 id={`item-${item.id}`}>
                  {item.title}{' '}
                  <span className="meta">
                    {t('meeting.minutes', { count: item.minutes })} · {t(`meeting.kind.${item.kind}`)}
                  </span>
                </h3>
                <MyNote key={item.id} meetingId={meeting.id} item={item} note={myNote} canWrite={canWrite} />
                {others.length > 0 && (
                  <>
                    <h4>{canWrite ? t('live.othersNotes') : t('live.notes')}</h4>
                    <ul className="notes">
                      {others.map((n) => (
                        <li key={n.id}>
                          <strong>{n.author.name}:</strong> <span className="note-text">{n.text}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {decisions.length > 0 && (
                  <>
                    <h4>{t('live.decisions')}</h4>
                    <ul className="decisions">
                      {decisions.map((d) => (
                        <li key={d.id}>{d.text}</li>
                      ))}
                    </ul>
                  </>
                )}
                {canWrite && <AddDecision meetingId={meeting.id} item={item} added={(id) => void did(`decision:${id}`, t('live.decisionAdded'))} />}
              </li>
            );
          })}
        </ol>
        {meeting.decisions.some((d) => d.agenda_item_id === null) && (
          <>
            <h3>{t('live.otherDecisions')}</h3>
            <ul className="decisions">
              {meeting.decisions
                .filter((d) => d.agenda_item_id === null)
                .map((d) => (
                  <li key={d.id}>{d.text}</li>
                ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="actions">
        <h2 id="actions">{t('live.actionItems')}</h2>
        {meeting.action_items.length ? (
          <TableRegion caption={t('live.actionCaption')} hideCaption>
            <thead>
              <tr>
                <th scope="col">{t('live.what')}</th>
                <th scope="col">{t('live.owner')}</th>
                <th scope="col">{t('live.due')}</th>
                <th scope="col">{t('live.status')}</th>
              </tr>
            </thead>
            <tbody className="action-items">
              {meeting.action_items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.title}</th>
                  <td>{item.owner?.name ?? '—'}</td>
                  <td>{formatDate(item.due)}</td>
                  <td>
                    <ActionStatusSelect
                      item={item}
                      canWrite={canChangeStatus}
                      changed={(status, message) => void did(`status:${item.id}:${status}`, message)}
                    />
                    {item.status_changed_by && (
                      <span className="meta block">
                        {t('live.changedBy', { name: item.status_changed_by.name })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        ) : (
          <p>{t('live.noActions')}</p>
        )}
        {canWrite && (
          <AddActionItem
            meetingId={meeting.id}
            members={contributors.length ? contributors : team.members}
            added={(item) => void did(`action:${item.id}`, t('live.actionAdded', { title: item.title }))}
          />
        )}
      </section>

      {manages && meeting.status === 'scheduled' && (
        <section aria-labelledby="close">
          <h2 id="close">{t('live.closeTitle')}</h2>
          <p>{t('live.closeText')}</p>
          {confirmClose ? (
            <div role="group" aria-labelledby="close-confirm" className="conflict">
              <p id="close-confirm">{t('live.closeConfirm')}</p>
              <div className="actions">
                <button type="button" className="button button-danger" aria-disabled={closing || undefined} onClick={() => !closing && void close()}>
                  {closing ? t('form.working') : t('live.closeYes')}
                </button>
                <button type="button" className="button" onClick={() => setConfirmClose(false)}>
                  {t('form.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button button-primary" onClick={() => setConfirmClose(true)}>
              {t('live.close')}
            </button>
          )}
        </section>
      )}
    </>
  );
}

export default function Meeting() {
  const meetingId = Number(useParams().id);
  const [load] = useLoad(async () => {
    const meeting = await api.getMeeting(meetingId);
    const team = await api.getTeam(meeting.team.id);
    return [meeting, team] as Data;
  }, [meetingId]);
  usePageTitle(load.state === 'ready' ? load.data[0].title : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  return <Live key={meetingId} data={load.data} />;
}
