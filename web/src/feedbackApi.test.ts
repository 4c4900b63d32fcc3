import { describe, expect, it } from 'vitest';
import { fieldProblems } from './fieldChecks';
import {
  addDays, FEEDBACK_RULES, groupCandidates, insertAt, itemOfValue, itemValue, mentionable, mentionedIds, nestComments,
  type Comment, type ItemRef, type Round,
} from './feedbackApi';

const comment = (id: number, parent: number | null, author = 'Daniel Ortiz'): Comment => ({
  id, parent_id: parent, author_user_id: id * 10, author_name: author, body: `comment ${id}`, mentions: [], created_at: '2026-12-01T10:00:00Z',
});

describe('threads', () => {
  it('nests replies under their parent, in order, and keeps a reply whose parent is gone at the top', () => {
    const threads = nestComments([comment(1, null), comment(2, 1), comment(3, null), comment(4, 2), comment(5, 1), comment(6, 99)]);
    const shape = (nodes: ReturnType<typeof nestComments>): unknown => nodes.map((n) => [n.id, shape(n.replies)]);
    expect(shape(threads)).toEqual([[1, [[2, [[4, []]]], [5, []]]], [3, []], [6, []]]);
  });
});

describe('mentions', () => {
  it('puts "@Name " at the cursor, with a space before it after a word, replacing a selection', () => {
    expect(insertAt('Thanks ', 7, 7, '@Daniel Ortiz ')).toEqual({ text: 'Thanks @Daniel Ortiz ', cursor: 21 });
    expect(insertAt('Thanks', 6, 6, '@Daniel Ortiz ')).toEqual({ text: 'Thanks @Daniel Ortiz ', cursor: 21 });
    expect(insertAt('Ask X please', 4, 5, '@Ana ')).toEqual({ text: 'Ask @Ana  please', cursor: 9 });
    expect(insertAt('', 0, 0, '@Ana ')).toEqual({ text: '@Ana ', cursor: 5 });
  });

  it('sends only the people whose "@Name" is still in the text, once each', () => {
    const people = [{ user_id: 7, name: 'Daniel Ortiz' }, { user_id: 9, name: 'James Carter' }, { user_id: 7, name: 'Daniel Ortiz' }];
    expect(mentionedIds('@Daniel Ortiz what do you think?', people)).toEqual([7]);
    expect(mentionedIds('no one', people)).toEqual([]);
  });

  it('offers the reviewers who have not declined, the authors and the members, without me', () => {
    const round = {
      reviewers: [
        { user_id: 7, name: 'Daniel Ortiz', status: 'accepted' },
        { user_id: 9, name: 'James Carter', status: 'declined' },
        { user_id: 11, name: 'Ana Ruiz', status: 'invited' },
      ],
      comments: [comment(3, null, 'Maria Lopez'), { ...comment(4, null, 'James Carter'), author_user_id: 9 }],
    } as unknown as Round;
    const names = mentionable(round, [{ user_id: 1, name: 'Me Myself' }, { user_id: 2, name: 'Bea Team' }], 1).map((p) => p.name);
    expect(names).toEqual(['Ana Ruiz', 'Bea Team', 'Daniel Ortiz', 'Maria Lopez']);
  });
});

describe('the ask form', () => {
  it('counts a week on the calendar, across months and years', () => {
    expect(addDays('2026-12-06', 7)).toBe('2026-12-13');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-25', 7)).toBe('2028-03-03');
  });

  it('carries each kind of item through the select and back', () => {
    const items: ItemRef[] = [
      { kind: 'prototype_version', prototype_id: 3, prototype_version_id: 8 },
      { kind: 'guide_answer', guide: 'discovery|scale', module: 'm1', section: 's 2', item: 'q3' },
      { kind: 'plan_section', section: 'goals' },
    ];
    for (const item of items) expect(itemOfValue(itemValue(item))).toEqual(item);
    expect(itemOfValue('')).toBeNull();
  });

  it('groups the people to ask as mentor coaches, peer teams, our team, leaving out empty groups', () => {
    const groups = groupCandidates([
      { user_id: 1, name: 'Ana', organization: 'Monterey', chosen_as: 'member' },
      { user_id: 2, name: 'Daniel', organization: 'Sanger', chosen_as: 'mentor_coach' },
    ]);
    expect(groups.map((g) => [g.chosenAs, g.people.map((p) => p.name)])).toEqual([['mentor_coach', ['Daniel']], ['member', ['Ana']]]);
  });

  it('checks the question and the item before sending, with the server’s codes', () => {
    const problems = fieldProblems(FEEDBACK_RULES.round, { item: '', question: 'x'.repeat(2001), due_on: '2026-12-13' });
    expect(problems.map((p) => [p.field, p.code])).toEqual([['item', 'required'], ['question', 'too_long']]);
    expect(fieldProblems(FEEDBACK_RULES.close, { what_we_changed: '  ' })[0].code).toBe('required');
  });
});
