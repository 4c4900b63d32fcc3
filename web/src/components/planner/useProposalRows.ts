import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingPlan } from '../../api';
import { writeDraft } from '../../drafts';
import { planDraftKey, rekey, rowOf, type PlanDraft, type Row } from '../../planRows';

/**
 * The proposal's meetings as the lead edits them. Each edit is kept as a draft in this browser (drafts.ts) until
 * the meetings are created (`saved`); `edited` hears whether there is an edit not yet saved.
 */
export function useProposalRows({
  teamId,
  plan,
  restoredRows,
  manages,
  edited,
}: {
  teamId: number;
  plan: MeetingPlan;
  restoredRows?: Row[];
  manages: boolean;
  edited: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
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

  const change = (row: Row) => update(rows.map((r) => (r.key === row.key ? row : r)));

  // Focus goes to the meeting that takes the removed one's place (the heading when none is left).
  const remove = (row: Row, index: number) => {
    const rest = rows.filter((r) => r.key !== row.key);
    update(rest);
    setStatus(t('guide.proposal.removed', { number: index + 1, title: row.title }));
    const neighbour = rest[Math.min(index, rest.length - 1)];
    requestAnimationFrame(() => (neighbour ? document.getElementById(`proposed-${neighbour.key}`) : heading.current)?.focus());
  };

  const saved = () => {
    setDirty(false);
    writeDraft(planDraftKey(teamId, plan.guide), null);
  };

  return { rows, status, setStatus, heading, change, remove, saved };
}
