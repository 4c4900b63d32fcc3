// What the review page loads besides the round, for the team's side only: the team's members (to mention them) and
// the people it may still ask, and the later versions a round on a prototype version may link when it closes.
import { feedbackApi, type Candidate, type Round } from '../../feedbackApi';
import { prototypesApi } from '../../prototypesApi';

export interface RoundExtras {
  candidates: Candidate[];
  laterVersions: { id: number; number: number }[];
}

const none: RoundExtras = { candidates: [], laterVersions: [] };

/** The prototype a round's item is a version of: its id when the item names it, else found by its title. */
async function prototypeIdOf(round: Round): Promise<number | null> {
  const item = round.item;
  if (item.kind !== 'prototype_version') return null;
  const named = (item as { prototype_id?: number }).prototype_id;
  if (named) return named;
  const { prototypes } = await prototypesApi.list(round.team.id);
  return prototypes.find((p) => p.title === item.snapshot.prototype_title)?.id ?? null;
}

/** The versions after the one under review (the only ones "what we changed" may link). */
async function laterVersionsOf(round: Round): Promise<RoundExtras['laterVersions']> {
  if (round.item.kind !== 'prototype_version' || round.status !== 'open' || !round.may.close) return [];
  const reviewed = round.item.snapshot.version_number;
  const prototypeId = await prototypeIdOf(round);
  if (!prototypeId) return [];
  const prototype = await prototypesApi.get(round.team.id, prototypeId);
  return prototype.versions.filter((v) => v.number > reviewed).map((v) => ({ id: v.id, number: v.number }));
}

/** Nothing for a reviewer from elsewhere (they see the round and nothing else of the team); a part that fails to
 * load leaves its choices empty rather than the page. */
export async function loadRoundExtras(round: Round): Promise<RoundExtras> {
  if (!round.may.invite && !round.may.close) return none;
  const [candidates, laterVersions] = await Promise.all([
    feedbackApi.candidates(round.team.id).then((c) => c.candidates, () => []),
    laterVersionsOf(round).catch(() => []),
  ]);
  return { candidates, laterVersions };
}
