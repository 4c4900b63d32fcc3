import { useTranslation } from 'react-i18next';
import { api, type CreatedMeeting, type MeetingPlan } from '../api';
import { formatNumber } from '../format';
import { proposal, whole, type Row } from '../planRows';
import { FormAlert, Status, SubmitButton, invalid, useForm } from './forms';
import { useProposalRows } from './planner/useProposalRows';
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
  const { rows, status, setStatus, heading, change, remove, saved } = useProposalRows({ teamId, plan, restoredRows, manages, edited });

  const onSubmit = form.submit(async () => {
    setStatus(null);
    const meetings = proposal(t, rows);
    if (!meetings.length) throw invalid(t('guide.proposal.noneLeft'), {});
    const answer = await api.createPlannedMeetings(teamId, plan.mode, meetings);
    saved();
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
          minutes: t('guide.proposal.minutes', { count: totalMinutes, value: formatNumber(totalMinutes) }),
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
              change={change}
              remove={() => {
                form.clear();
                remove(row, index);
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
