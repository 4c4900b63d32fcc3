import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail } from '../../api';
import { useUser } from '../../session';
import { AddDecision } from './AddDecision';
import { MyNote } from './MyNote';

type Decision = MeetingDetail['decisions'][number];

function DecisionList({ decisions }: { decisions: Decision[] }) {
  return (
    <ul className="decisions">
      {decisions.map((d) => (
        <li key={d.id}>{d.text}</li>
      ))}
    </ul>
  );
}

/** One agenda item in the meeting: my note (`canNote`), the others' notes, its decisions and a field to add one. */
function LiveAgendaItem({
  meeting,
  item,
  canWrite,
  canNote,
  decisionAdded,
}: {
  meeting: MeetingDetail;
  item: AgendaItem;
  canWrite: boolean;
  canNote: boolean;
  decisionAdded: (id: number) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const notes = meeting.notes.filter((n) => n.agenda_item_id === item.id);
  const myNote = notes.find((n) => n.author.id === user.id);
  // While the meeting is open my own note is in the editor; afterwards every note is read-only.
  const others = canNote ? notes.filter((n) => n.author.id !== user.id) : notes;
  const decisions = meeting.decisions.filter((d) => d.agenda_item_id === item.id);
  return (
    <li className="panel agenda-item" aria-labelledby={`item-${item.id}`}>
      <h3 id={`item-${item.id}`}>
        {item.title}{' '}
        <span className="meta">
          {t('meeting.minutes', { count: item.minutes })} · {t(`meeting.kind.${item.kind}`)}
        </span>
      </h3>
      <MyNote key={item.id} meetingId={meeting.id} item={item} note={myNote} canWrite={canNote} />
      {others.length > 0 && (
        <>
          <h4>{canNote ? t('live.othersNotes') : t('live.notes')}</h4>
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
          <DecisionList decisions={decisions} />
        </>
      )}
      {canWrite && <AddDecision meetingId={meeting.id} item={item} added={decisionAdded} />}
    </li>
  );
}

/** The agenda as the meeting goes, then the decisions taken on no item in particular. */
export function LiveAgenda({
  meeting,
  canWrite,
  canNote,
  decisionAdded,
}: {
  meeting: MeetingDetail;
  canWrite: boolean;
  canNote: boolean;
  decisionAdded: (id: number) => void;
}) {
  const { t } = useTranslation();
  const unattached = meeting.decisions.filter((d) => d.agenda_item_id === null);
  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">{t('planner.agenda')}</h2>
      <ol className="agenda-live">
        {meeting.agenda.map((item) => (
          <LiveAgendaItem key={item.id} meeting={meeting} item={item} canWrite={canWrite} canNote={canNote} decisionAdded={decisionAdded} />
        ))}
      </ol>
      {unattached.length > 0 && (
        <>
          <h3>{t('live.otherDecisions')}</h3>
          <DecisionList decisions={unattached} />
        </>
      )}
    </section>
  );
}
