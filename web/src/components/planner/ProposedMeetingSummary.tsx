import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { whole, type Row } from '../../planRows';

/** A proposed meeting's objectives and agenda as read by someone who does not lead the team. */
export function ProposedMeetingSummary({ row }: { row: Row }) {
  const { t } = useTranslation();
  return (
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
  );
}
