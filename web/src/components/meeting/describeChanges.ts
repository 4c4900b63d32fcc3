import type { MeetingDetail } from '../../api';
import type { Translate } from '../../meetings';

/** What changed between two loads, in words, leaving out what this person did themselves. */
export function describeChanges(t: Translate, before: MeetingDetail, after: MeetingDetail, mine: Set<string>, userId: number): string[] {
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
