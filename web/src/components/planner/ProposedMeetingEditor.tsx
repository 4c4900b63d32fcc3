import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { checkPlan } from '../../meetings';
import { whole, type AgendaRow, type Row } from '../../planRows';
import { TextField } from '../forms';
import { PrefixedLabel } from './PrefixedLabel';
import { ProposedAgenda } from './ProposedAgenda';
import { ProposedObjectives } from './ProposedObjectives';
import { RuleMessages } from './RuleMessages';

/** A proposed meeting as the proposal edits it: `index` is its place, `errors` the form's field errors. */
export interface ProposedMeetingEdit {
  row: Row;
  index: number;
  share: number;
  errors: Record<string, string>;
  change: (row: Row) => void;
  remove: () => void;
}

/** For the lead: a proposed meeting's title, length, objectives and agenda to edit, checked against the rules as typed. */
export function ProposedMeetingEditor({ row, index, share, errors, change, remove }: ProposedMeetingEdit) {
  const { t } = useTranslation();
  const number = index + 1;
  const at = `meetings[${index}]`;
  const prefix = t('guide.proposal.meetingPrefix', { number });
  const duration = whole(row.duration);
  const check = checkPlan(
    t,
    Number.isNaN(duration) ? 0 : duration,
    row.objectives,
    row.agenda.map((a) => ({ title: a.title, minutes: whole(a.minutes), kind: a.meetingKind })),
    share,
  );
  const changeItem = (key: number, patch: Partial<AgendaRow>) => change({ ...row, agenda: row.agenda.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  return (
    <>
      <div className="row-editor proposal-head">
        <TextField
          label={<PrefixedLabel prefix={prefix} text={t('guide.proposal.title')} />}
          name={`${at}.title`}
          value={row.title}
          onChange={(e) => change({ ...row, title: e.target.value })}
          error={errors[`${at}.title`]}
        />
        <TextField
          label={<PrefixedLabel prefix={prefix} text={t('guide.proposal.duration')} />}
          name={`${at}.duration_minutes`}
          inputMode="numeric"
          value={row.duration}
          onChange={(e) => change({ ...row, duration: e.target.value })}
          error={errors[`${at}.duration_minutes`]}
        />
      </div>
      <ProposedObjectives objectives={row.objectives} number={number} at={at} errors={errors} change={(objectives) => change({ ...row, objectives })} />
      <ProposedAgenda agenda={row.agenda} number={number} at={at} errors={errors} changeItem={changeItem} />
      <RuleMessages
        violations={check.violations}
        breaks={t('guide.proposal.breaks', { number })}
        keeps={t('guide.proposal.keeps', { total: formatNumber(check.agendaMinutes), duration: formatNumber(check.duration) })}
      />
      <button type="button" className="button button-danger button-small" onClick={remove}>
        {t('guide.proposal.remove', { number })}
      </button>
    </>
  );
}
