import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CreatedMeeting, type MeetingPlan } from '../api';
import { writeDraft } from '../drafts';
import { formatNumber } from '../format';
import { planDraftKey, proposal, rekey, rowOf, whole, type PlanDraft, type Row } from '../planRows';
import { FormAlert, Status, SubmitButton, invalid, useForm } from './forms';
import { ProposedMeeting } from './ProposedMeeting';

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
            <ProposedMeeting
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
