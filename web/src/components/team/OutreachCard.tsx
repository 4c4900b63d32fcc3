import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OutreachItem, type Team as TeamData } from '../../api';
import { formatDateTime, formatDueDate } from '../../format';
import { type Labels } from './labels';
import { type SaveOutreach } from './Outreach';
import { OutreachEdit } from './OutreachEdit';

/** How the item's gap reads: "Missing perspective: Families", "Missing grade span: Middle". */
export function gapLabel(t: (key: string, values?: Record<string, string>) => string, labels: Labels, item: OutreachItem) {
  return item.gap_kind === 'perspective'
    ? t('team.gapPerspective', { label: labels.perspective(item.gap_key) })
    : t('team.gapGradeSpan', { label: labels.span(item.gap_key) });
}

/** What closed or finished the item, in the reader's language, from the facts the server stores. */
function Outcome({ item, labels }: { item: OutreachItem; labels: Labels }) {
  const { t } = useTranslation();
  if (item.status === 'done') {
    return <p className="outreach-outcome">{t('team.outreachDoneBy', { name: item.done_by_name ?? t('team.someone'), time: formatDateTime(item.done_at) })}</p>;
  }
  if (item.status !== 'closed') return null;
  if (item.closed_by_member_name) {
    const values = { name: item.closed_by_member_name, label: item.gap_kind === 'perspective' ? labels.perspective(item.gap_key) : labels.span(item.gap_key) };
    return (
      <p className="outreach-outcome">
        {item.gap_kind === 'perspective' ? t('team.closedJoinedPerspective', values) : t('team.closedJoinedGradeSpan', values)}{' '}
        <span className="meta">{formatDateTime(item.closed_at)}</span>
      </p>
    );
  }
  return (
    <p className="outreach-outcome">
      {t('team.closedBy', { name: item.closed_by_name ?? t('team.someone'), time: formatDateTime(item.closed_at) })}
      {item.closed_note && <> {t('team.closedNote', { note: item.closed_note })}</>}
    </p>
  );
}

/** One outreach item: its gap, status, owner and due date; Edit and Mark done while it is open, when `may` allows. */
export function OutreachCard({ item, team, labels, contributes, save }: { item: OutreachItem; team: TeamData; labels: Labels; contributes: boolean; save: SaveOutreach }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<boolean>) => {
    if (busy) return;
    setBusy(true);
    if (await run()) setEditing(false);
    setBusy(false);
  };
  const facts = [
    gapLabel(t, labels, item),
    item.owner_name ? t('team.owner', { name: item.owner_name }) : t('team.noOwner'),
    item.due_on ? t('team.due', { date: formatDueDate(item.due_on) }) : t('team.noDue'),
    t('team.created', { time: formatDateTime(item.created_at) }),
  ];
  return (
    <li className={`outreach-item outreach-${item.status}`}>
      <strong>{item.title}</strong> <span className={`badge badge-${item.status === 'open' ? 'planned' : 'covered'}`}>{t(`team.status.${item.status}`)}</span>
      <span className="meta">{facts.join(' · ')}</span>
      <Outcome item={item} labels={labels} />
      {contributes && item.status === 'open' && !editing && (
        <div className="actions">
          <button type="button" className="button button-small button-primary" aria-disabled={busy || undefined} onClick={() => void act(() => save(item, { status: 'done' }, t('team.markedDone', { title: item.title })))}>
            {t('team.markDone')}
            <span className="visually-hidden"> {item.title}</span>
          </button>
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            {t('team.editOutreach')}
            <span className="visually-hidden"> {item.title}</span>
          </button>
        </div>
      )}
      {editing && <OutreachEdit item={item} members={team.members} busy={busy} cancel={() => setEditing(false)} submit={(changes) => void act(() => save(item, changes, t('team.outreachSaved', { title: item.title })))} />}
    </li>
  );
}
