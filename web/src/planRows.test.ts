import { describe, expect, test, vi } from 'vitest';
import type { MeetingPlan, PlannedMeeting } from './api';
import { ApiError } from './api';
import i18n from './i18n';
import { isPlanDraft, planDraftKey, proposal, rekey, rowOf } from './planRows';

const t = i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;

const planned: PlannedMeeting = {
  title: '3. Empathy interviews and focus groups',
  sections: ['empathy-interviews'],
  objectives: ['Plan who the team will listen to', 'Turn what it heard into themes'],
  duration_minutes: 90,
  agenda: [
    { title: 'Welcome', minutes: 10, kind: 'welcome', meeting_kind: 'topic', section: 'empathy-interviews' },
    { title: 'What we heard', minutes: 60, kind: 'discussion', meeting_kind: 'discussion', section: 'empathy-interviews' },
  ],
  why: 'One section fills a meeting.',
};

function fieldErrors(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return Object.fromEntries(((error as ApiError).problem.errors ?? []).map((e) => [e.field, e.message]));
  }
  throw new Error('expected the proposal to be refused');
}

describe('the meeting-series proposal', () => {
  test('an unedited proposal is created as the planner proposed it', () => {
    expect(proposal(t, [rowOf(planned)])).toEqual([
      {
        title: planned.title,
        goal: planned.why,
        objectives: planned.objectives,
        duration_minutes: 90,
        agenda: [
          { title: 'Welcome', minutes: 10, kind: 'welcome' },
          { title: 'What we heard', minutes: 60, kind: 'discussion' },
        ],
      },
    ]);
  });

  test('edits are sent as typed, without stray spaces', () => {
    const row = rowOf(planned);
    row.title = '  Listening session  ';
    row.duration = ' 75 ';
    row.agenda[1].minutes = '45';
    const [meeting] = proposal(t, [row]);
    expect(meeting.title).toBe('Listening session');
    expect(meeting.duration_minutes).toBe(75);
    expect(meeting.agenda[1].minutes).toBe(45);
  });

  test('mistakes are named by field, in words, before anything is sent', () => {
    const row = rowOf(planned);
    row.title = ' ';
    row.duration = '1 hour';
    row.objectives = ['Plan who the team will listen to', ''];
    row.agenda[0].minutes = '10.5';
    expect(fieldErrors(() => proposal(t, [rowOf(planned), row]))).toEqual({
      'meetings[1].title': 'Enter a value for this field.',
      'meetings[1].duration_minutes': 'Enter a whole number of minutes from 1 to 1440.',
      'meetings[1].objectives[1]': 'Write the objective, or remove it.',
      'meetings[1].agenda[0].minutes': 'Enter a whole number, such as 1250.',
    });
  });

  test('a meeting longer than a day is refused', () => {
    const row = rowOf(planned);
    row.duration = '1441';
    expect(Object.keys(fieldErrors(() => proposal(t, [row])))).toEqual(['meetings[0].duration_minutes']);
  });
});

describe('an edited proposal kept as a draft', () => {
  const plan: MeetingPlan = { team_id: 4, guide: 'discovery-to-scale', module: 'improvement-cycle', mode: 'in_person', language: 'en', meetings: [planned] };

  test('comes back after a reload with its edits and rows that React can tell apart', async () => {
    const { writeDraft } = await import('./drafts');
    const edited = rowOf(planned);
    edited.title = 'Listening session';
    writeDraft(planDraftKey(4, 'discovery-to-scale'), { plan, rows: [edited, rowOf(planned)] });

    vi.resetModules();
    const drafts = await import('./drafts');
    const rows = await import('./planRows');
    const draft = drafts.readDraft(rows.planDraftKey(4, 'discovery-to-scale'), rows.isPlanDraft);
    expect(draft?.rows.map((r) => r.title)).toEqual(['Listening session', planned.title]);
    const keys = rows.rekey(draft!.rows).flatMap((r) => [r.key, ...r.agenda.map((a) => a.key)]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("another team's or another guide's draft is not this one", () => {
    expect(planDraftKey(4, 'discovery-to-scale')).not.toBe(planDraftKey(5, 'discovery-to-scale'));
    expect(planDraftKey(4, 'discovery-to-scale')).not.toBe(planDraftKey(4, 'world-languages'));
  });

  test('something else stored under the key is not taken for a plan', () => {
    expect(isPlanDraft({ plan, rows: rekey([rowOf(planned)]) })).toBe(true);
    expect(isPlanDraft({ rows: [] })).toBe(false);
    expect(isPlanDraft('a plan')).toBe(false);
    expect(isPlanDraft(null)).toBe(false);
  });
});
