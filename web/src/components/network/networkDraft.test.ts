import { describe, expect, it } from 'vitest';
import { draftOfNetwork, emptyNetwork, networkFieldsOf } from './networkDraft';

describe('networkFieldsOf', () => {
  it('trims the text and sends an empty date as null (which clears it)', () => {
    const { problems, fields } = networkFieldsOf({ name: '  Circle ', focus: ' reading ', startsOn: '2026-08-01', endsOn: '' });
    expect(problems).toEqual([]);
    expect(fields).toEqual({ name: 'Circle', focus: 'reading', starts_on: '2026-08-01', ends_on: null });
  });

  it('asks for a name and refuses an end before the start', () => {
    const { problems } = networkFieldsOf({ ...emptyNetwork, startsOn: '2027-01-01', endsOn: '2026-12-31' });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['name', 'required'],
      ['ends_on', 'before_start'],
    ]);
  });

  it('accepts an end on the day of the start', () => {
    expect(networkFieldsOf({ ...emptyNetwork, name: 'N', startsOn: '2027-01-01', endsOn: '2027-01-01' }).problems).toEqual([]);
  });
});

describe('draftOfNetwork', () => {
  it('shows a missing focus or date as empty', () => {
    expect(draftOfNetwork({ name: 'N', focus: '', starts_on: null, ends_on: '2027-06-30' })).toEqual({
      name: 'N',
      focus: '',
      startsOn: '',
      endsOn: '2027-06-30',
    });
  });
});
