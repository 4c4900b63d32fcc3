import { describe, expect, it } from 'vitest';
import { draftOfNetwork, emptyNetwork, networkFieldsOf } from './networkDraft';

const t = (key: string) => key;

describe('networkFieldsOf', () => {
  it('trims the text and sends an empty date as null (which clears it)', () => {
    const { errors, fields } = networkFieldsOf(t, { name: '  Circle ', focus: ' reading ', startsOn: '2026-08-01', endsOn: '' });
    expect(errors).toEqual({});
    expect(fields).toEqual({ name: 'Circle', focus: 'reading', starts_on: '2026-08-01', ends_on: null });
  });

  it('asks for a name and refuses an end before the start', () => {
    const { errors } = networkFieldsOf(t, { ...emptyNetwork, startsOn: '2027-01-01', endsOn: '2026-12-31' });
    expect(errors).toEqual({ name: 'form.required', ends_on: 'networkAdmin.endsBeforeStart' });
  });

  it('accepts an end on the day of the start', () => {
    expect(networkFieldsOf(t, { ...emptyNetwork, name: 'N', startsOn: '2027-01-01', endsOn: '2027-01-01' }).errors).toEqual({});
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
