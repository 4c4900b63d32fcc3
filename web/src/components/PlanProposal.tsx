import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AgendaKind, type CreatedMeeting, type MeetingPlan, type PlannedMeeting, type PlannerAgendaKind, type ProposedMeeting } from '../api';
import { writeDraft } from '../drafts';
import { formatNumber } from '../format';
import { checkPlan } from '../meetings';
import { FormAlert, Status, SubmitButton, TextField, invalid, useForm } from './forms';

interface AgendaRow {
  key: number;
  title: string;
  minutes: string;
  kind: PlannerAgendaKind;
  meetingKind: AgendaKind;
}

export interface Row {
  key: number;
  title: string;
  duration: string;
  objectives: string[];
  agenda: AgendaRow[];
  why: string;
  sections: string[];
}

/** Where an edited proposal waits until its meetings are created (drafts.ts). */
export const planDraftKey = (teamId: number, guide: string) => `guide-plan.${teamId}.${guide}`;

export interface PlanDraft {
  plan: MeetingPlan;
  rows: Row[];
}

export const isPlanDraft = (value: unknown): value is PlanDraft =>
  typeof value === 'object' && value !== null && Array.isArray((value as PlanDraft).rows) && typeof (value as PlanDraft).plan?.mode === 'string';

let nextKey = 1;
/** Fresh keys for rows read back from a draft (keys are only unique within this page). */
export const rekey = (rows: Row[]): Row[] => rows.map((r) => ({ ...r, key: nextKey++, agenda: r.agenda.map((a) => ({ ...a, key: nextKey++ })) }));
const rowOf = (m: PlannedMeeting): Row => ({
  key: nextKey++,
  title: m.title,
  duration: String(m.duration_minutes),
  objectives: m.objectives,
  agenda: m.agenda.map((a) => ({ key: nextKey++, title: a.title, minutes: String(a.minutes), kind: a.kind, meetingKind: a.meeting_kind })),
  why: m.why,
  sections: m.sections,
});

/** A visible label with the context a screen reader needs read before it ("Meeting 2, item 3:"). */
function Hidden({ prefix, text }: { prefix: string; text: string }) {
  return (
    <>
      <span className="visually-hidden">{prefix} </span>
      {text}
    </>
  );
}

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** Checks before sending (in words, by the server's field names) and the body for meeting-plan/create. */
function proposal(t: (key: string, options?: Record<string, unknown>) => string, rows: Row[]): ProposedMeeting[] {
  const fields: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (!row.title.trim()) fields[`meetings[${i}].title`] = t('form.required');
    const duration = whole(row.duration);
    if (!(duration >= 1 && duration <= 1440)) fields[`meetings[${i}].duration_minutes`] = t('guide.proposal.durationInvalid');
    row.objectives.forEach((o, k) => {
      if (!o.trim()) fields[`meetings[${i}].objectives[${k}]`] = t('guide.proposal.objectiveEmpty');
    });
    row.agenda.forEach((a, k) => {
      if (!a.title.trim()) fields[`meetings[${i}].agenda[${k}].title`] = t('form.required');
      if (Number.isNaN(whole(a.minutes))) fields[`meetings[${i}].agenda[${k}].minutes`] = t('form.wholeNumber');
    });
  });
  if (Object.keys(fields).length) throw invalid(t('errors.checkFields'), fields);
  return rows.map((row) => ({
    title: row.title.trim(),
    goal: row.why,
    objectives: row.objectives.map((o) => o.trim()),
    duration_minutes: whole(row.duration),
    agenda: row.agenda.map((a) => ({ title: a.title.trim(), minutes: whole(a.minutes), kind: a.kind })),
  }));
}

function MeetingEditor({
  row,
  index,
  share,
  manages,
  sectionTitle,
  errors,
  change,
  remove,
}: {
  row: Row;
  index: number;
  share: number;
  manages: boolean;
  sectionTitle: (id: string) => string;
  errors: Record<string, string>;
  change: (row: Row) => void;
  remove: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  const at = `meetings[${index}]`;
  const duration = whole(row.duration);
  const check = checkPlan(
    t,
    Number.isNaN(duration) ? 0 : duration,
    row.objectives,
    row.agenda.map((a) => ({ title: a.title, minutes: whole(a.minutes), kind: a.meetingKind })),
    share,
  );
  const headingId = `proposed-${row.key}`;
  const setAgenda = (key: number, patch: Partial<AgendaRow>) => change({ ...row, agenda: row.agenda.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  return (
    <li className="proposed-meeting panel">
      <h3 id={headingId} tabIndex={-1}>
        {t('guide.proposal.meetingN', { number, title: row.title || t('guide.proposal.untitled') })}
      </h3>
      <p className="meta">
        {t('guide.proposal.covers', { sections: row.sections.map(sectionTitle).join(' · ') })} ·{' '}
        {t('guide.proposal.minutes', { count: Number.isNaN(duration) ? 0 : duration, value: formatNumber(Number.isNaN(duration) ? 0 : duration) })}
      </p>
      <p className="why">
        <strong>{t('guide.proposal.why')}</strong> {row.why}
      </p>
      {manages ? (
        <>
          <div className="row-editor proposal-head">
            <TextField
              label={<Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.title')} />}
              name={`${at}.title`}
              value={row.title}
              onChange={(e) => change({ ...row, title: e.target.value })}
              error={errors[`${at}.title`]}
            />
            <TextField
              label={<Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.duration')} />}
              name={`${at}.duration_minutes`}
              inputMode="numeric"
              value={row.duration}
              onChange={(e) => change({ ...row, duration: e.target.value })}
              error={errors[`${at}.duration_minutes`]}
            />
          </div>
          <fieldset className={`field group${errors[`${at}.objectives`] ? ' field-invalid' : ''}`}>
            <legend>
              <Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.objectives')} />
            </legend>
            {errors[`${at}.objectives`] && <p className="field-error">{errors[`${at}.objectives`]}</p>}
            <ol className="objective-list">
              {row.objectives.map((objective, k) => (
                <li key={k} className="row-editor">
                  <TextField
                    label={<Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.objectiveN', { number: k + 1 })} />}
                    name={`${at}.objectives[${k}]`}
                    value={objective}
                    onChange={(e) => change({ ...row, objectives: row.objectives.map((o, j) => (j === k ? e.target.value : o)) })}
                    error={errors[`${at}.objectives[${k}]`]}
                  />
                  <button type="button" className="button button-small" onClick={() => change({ ...row, objectives: row.objectives.filter((_, j) => j !== k) })}>
                    {t('planner.remove')}
                    <span className="visually-hidden">
                      {' '}
                      {t('guide.proposal.meetingPrefix', { number })} {t('guide.proposal.objectiveN', { number: k + 1 })}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="button button-small" onClick={() => change({ ...row, objectives: [...row.objectives, ''] })}>
              {t('planner.addObjective')}
              <span className="visually-hidden"> {t('guide.proposal.toMeeting', { number })}</span>
            </button>
          </fieldset>
          <fieldset className="field group">
            <legend>
              <Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.agenda')} />
            </legend>
            <ol className="agenda-editor">
              {row.agenda.map((item, k) => (
                <li key={item.key} className="proposal-agenda-row">
                  <span className="badge badge-planned">{t(`guide.agendaKind.${item.kind}`)}</span>
                  <TextField
                    label={<Hidden prefix={t('guide.proposal.itemPrefix', { meeting: number, number: k + 1 })} text={t('guide.proposal.itemTitle')} />}
                    name={`${at}.agenda[${k}].title`}
                    value={item.title}
                    onChange={(e) => setAgenda(item.key, { title: e.target.value })}
                    error={errors[`${at}.agenda[${k}].title`]}
                  />
                  <TextField
                    label={<Hidden prefix={t('guide.proposal.itemPrefix', { meeting: number, number: k + 1 })} text={t('guide.proposal.itemMinutes')} />}
                    name={`${at}.agenda[${k}].minutes`}
                    inputMode="numeric"
                    value={item.minutes}
                    onChange={(e) => setAgenda(item.key, { minutes: e.target.value })}
                    error={errors[`${at}.agenda[${k}].minutes`]}
                  />
                </li>
              ))}
            </ol>
          </fieldset>
          <div aria-live="polite" aria-atomic="true" className="rule-messages">
            {check.violations.length ? (
              <>
                <p>
                  <strong>{t('guide.proposal.breaks', { number })}</strong>
                </p>
                <ul className="violations">
                  {check.violations.map((v, i) => (
                    <li key={i}>{v.message}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('guide.proposal.keeps', { total: formatNumber(check.agendaMinutes), duration: formatNumber(check.duration) })}</p>
            )}
          </div>
          <button type="button" className="button button-danger button-small" onClick={remove}>
            {t('guide.proposal.remove', { number })}
          </button>
        </>
      ) : (
        <>
          <h4>{t('guide.proposal.objectivesHeading')}</h4>
          <ul>
            {row.objectives.map((o, k) => (
              <li key={k}>{o}</li>
            ))}
          </ul>
          <h4>{t('guide.proposal.agendaHeading')}</h4>
          <ol>
            {row.agenda.map((a) => (
              <li key={a.key}>
                {a.title} — {t('guide.proposal.minutes', { count: whole(a.minutes), value: formatNumber(whole(a.minutes)) })}
              </li>
            ))}
          </ol>
        </>
      )}
    </li>
  );
}

/**
 * The planner's proposal: each meeting with its sections, objectives, duration, agenda and the planner's reason.
 * The lead edits it and creates every meeting as a draft with one request (all or none).
 */
export function PlanProposal({
  teamId,
  plan,
  restoredRows,
  share,
  manages,
  sectionTitle,
  edited,
  created,
}: {
  teamId: number;
  plan: MeetingPlan;
  restoredRows?: Row[];
  share: number;
  manages: boolean;
  sectionTitle: (id: string) => string;
  edited: (dirty: boolean) => void;
  created: (meetings: CreatedMeeting[]) => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [rows, setRows] = useState<Row[]>(() => (restoredRows ? rekey(restoredRows) : plan.meetings.map(rowOf)));
  const [status, setStatus] = useState<string | null>(restoredRows ? t('guide.proposal.restored') : null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [dirty, setDirty] = useState(!!restoredRows);

  useEffect(() => {
    if (!restoredRows) heading.current?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => edited(dirty), [dirty, edited]);

  const update = (next: Row[]) => {
    setRows(next);
    setDirty(true);
    if (manages) writeDraft(planDraftKey(teamId, plan.guide), { plan, rows: next } satisfies PlanDraft);
  };

  const onSubmit = form.submit(async () => {
    setStatus(null);
    const meetings = proposal(t, rows);
    if (!meetings.length) throw invalid(t('guide.proposal.noneLeft'), {});
    const answer = await api.createPlannedMeetings(teamId, plan.mode, meetings);
    setDirty(false);
    writeDraft(planDraftKey(teamId, plan.guide), null);
    created(answer.meetings);
  });

  const totalMinutes = rows.reduce((sum, r) => sum + (Number.isNaN(whole(r.duration)) ? 0 : whole(r.duration)), 0);
  return (
    <section aria-labelledby="proposal" className="plan-proposal">
      <h2 id="proposal" tabIndex={-1} ref={heading}>
        {t('guide.proposal.heading')}
      </h2>
      <p>
        {t('guide.proposal.summary', {
          count: rows.length,
          value: formatNumber(rows.length),
          minutes: formatNumber(totalMinutes),
          mode: t(`meeting.mode.${plan.mode}`),
        })}
      </p>
      <Status message={status} />
      <form noValidate onSubmit={onSubmit} ref={form.formRef} className="proposal-form">
        <FormAlert message={form.errors.form} />
        <ol className="proposed-meetings">
          {rows.map((row, index) => (
            <MeetingEditor
              key={row.key}
              row={row}
              index={index}
              share={share}
              manages={manages}
              sectionTitle={sectionTitle}
              errors={form.errors.fields}
              change={(next) => update(rows.map((r) => (r.key === row.key ? next : r)))}
              remove={() => {
                const rest = rows.filter((r) => r.key !== row.key);
                update(rest);
                form.clear();
                setStatus(t('guide.proposal.removed', { number: index + 1, title: row.title }));
                const neighbour = rest[Math.min(index, rest.length - 1)];
                requestAnimationFrame(() => (neighbour ? document.getElementById(`proposed-${neighbour.key}`) : heading.current)?.focus());
              }}
            />
          ))}
        </ol>
        {manages ? (
          rows.length > 0 && (
            <SubmitButton busy={form.busy}>{t('guide.proposal.create', { count: rows.length, value: formatNumber(rows.length) })}</SubmitButton>
          )
        ) : (
          <p>{t('guide.proposal.leadCreates')}</p>
        )}
      </form>
    </section>
  );
}
