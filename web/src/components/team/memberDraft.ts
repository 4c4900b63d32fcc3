// A member's editable fields as the add and edit forms hold them, and the three-way merge after a stale save.
import { type GradeSpan, type Member, type MemberChanges, type TeamRole } from '../../api';
import { splitList } from '../forms';

/** The editable fields of a member, as the forms hold them (lists of free strings as comma-separated text). */
export interface Draft {
  role: TeamRole;
  perspectives: string[];
  grade_spans: GradeSpan[];
  content_areas: string;
  skills: string;
}

export const emptyDraft: Draft = { role: 'member', perspectives: [], grade_spans: [], content_areas: '', skills: '' };

export function draftOf(member: Member): Draft {
  return {
    role: member.role,
    perspectives: member.perspectives,
    grade_spans: member.grade_spans,
    content_areas: member.content_areas.join(', '),
    skills: member.skills.join(', '),
  };
}

export function changesOf(draft: Draft, version: number): MemberChanges {
  return {
    role: draft.role,
    perspectives: draft.perspectives,
    grade_spans: draft.grade_spans,
    content_areas: splitList(draft.content_areas),
    skills: splitList(draft.skills),
    version,
  };
}

export const sameValue = (a: string | string[], b: string | string[]) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\n') === [...b].sort().join('\n') : a === b;

/** Three-way merge of one member's fields: the user's changes (mine vs. base) applied over the saved values. */
export function mergeDrafts(base: Draft, mine: Draft, saved: Draft): Draft {
  const keys = Object.keys(base) as (keyof Draft)[];
  const merged = { ...saved };
  for (const key of keys) {
    if (!sameValue(base[key], mine[key])) (merged as Record<keyof Draft, unknown>)[key] = mine[key];
  }
  return merged;
}
