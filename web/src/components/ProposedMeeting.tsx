import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { whole } from '../planRows';
import { ProposedMeetingEditor, type ProposedMeetingEdit } from './planner/ProposedMeetingEditor';
import { ProposedMeetingSummary } from './planner/ProposedMeetingSummary';

/** One proposed meeting: what the planner said and why; for the lead, its title, length, objectives and agenda to edit. */
export function ProposedMeeting({
  manages,
  sectionTitle,
  ...edit
}: ProposedMeetingEdit & { manages: boolean; sectionTitle: (id: string) => string }) {
  const { t } = useTranslation();
  const { row, index } = edit;
  const duration = whole(row.duration);
  const minutes = Number.isNaN(duration) ? 0 : duration;
  return (
    <li className="proposed-meeting panel">
      <h3 id={`proposed-${row.key}`} tabIndex={-1}>
        {t('guide.proposal.meetingN', { number: index + 1, title: row.title || t('guide.proposal.untitled') })}
      </h3>
      <p className="meta">
        {t('guide.proposal.covers', { sections: row.sections.map(sectionTitle).join(' · ') })} ·{' '}
        {t('guide.proposal.minutes', { count: minutes, value: formatNumber(minutes) })}
      </p>
      <p className="why">
        <strong>{t('guide.proposal.why')}</strong> {row.why}
      </p>
      {manages ? (
        <ProposedMeetingEditor {...edit} />
      ) : (
        <ProposedMeetingSummary row={row} />
      )}
    </li>
  );
}
