import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { checkFields, fieldProblems, isEmailShaped, serverLength } from './fieldChecks';
import { fieldProblemText } from './fieldProblems';
import { FORM_RULES, meetingRules } from './formRules';
import en from './locales/en.json';
import es from './locales/es.json';

type Catalogue = Record<string, unknown>;

/** A tiny i18next stand-in over a locale file: nested keys and {{name}} values. */
const translator = (catalogue: Catalogue) => (key: string, options: Record<string, unknown> = {}) => {
  const plural = options.count === undefined ? '' : options.count === 1 ? '_one' : '_other'; // as i18next picks
  const find = (path: string) => path.split('.').reduce<unknown>((node, part) => (node as Catalogue | undefined)?.[part], catalogue);
  const node = find(key) ?? find(key + plural);
  return String(node ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name] ?? ''));
};

describe('fieldProblems', () => {
  it('gives the server problem entries for every field at once: required, too long, e-mail shape', () => {
    const problems = fieldProblems(FORM_RULES.member, { name: 'x'.repeat(5000), email: 'someone' });
    expect(problems).toEqual([
      { field: 'name', code: 'too_long', params: { max: 200 }, message: 'must be at most 200 characters' },
      { field: 'email', code: 'not_an_email', message: 'must be an e-mail address like name@district.org' },
    ]);
    expect(fieldProblems(FORM_RULES.member, { name: '  ', email: undefined }).map((p) => [p.field, p.code])).toEqual([
      ['name', 'required'],
      ['email', 'required'],
    ]);
  });

  it('accepts what the server accepts, limits included', () => {
    expect(fieldProblems(FORM_RULES.member, { name: ` ${'x'.repeat(200)} `, email: 'lead@mpusd.example' })).toEqual([]);
    expect(fieldProblems(FORM_RULES.member, { name: 'x'.repeat(201), email: 'lead@mpusd.example' })[0].code).toBe('too_long');
  });

  it('counts a length as the server does, in characters after trimming ("ñ" and an emoji are one each)', () => {
    expect(serverLength('  año ')).toBe(3);
    expect(serverLength('🌱 año')).toBe(5);
    expect(fieldProblems(FORM_RULES.team, { name: 'ñ'.repeat(200) })).toEqual([]);
    expect(fieldProblems(FORM_RULES.team, { name: 'ñ'.repeat(201) })[0]).toMatchObject({ field: 'name', code: 'too_long' });
  });

  it('shapes e-mail addresses as domain::check_email does', () => {
    for (const good of ['lead@mpusd.example', 'a.b+c@d.org']) expect(isEmailShaped(good)).toBe(true);
    for (const bad of ['lead', 'a@b@c.org', 'a b@c.org', '@d.org', 'a@d.', 'a@localhost']) expect(isEmailShaped(bad)).toBe(false);
  });

  it('refuses an end date before the start, and only when both are given', () => {
    const rules = FORM_RULES.network;
    expect(fieldProblems(rules, { name: 'N', starts_on: '2027-01-01', ends_on: '2026-12-31' })).toEqual([
      { field: 'ends_on', code: 'before_start', params: { other: 'starts_on' }, message: 'must not be before starts_on' },
    ]);
    expect(fieldProblems(rules, { name: 'N', starts_on: '', ends_on: '2026-12-31' })).toEqual([]);
    expect(fieldProblems(rules, { name: 'N', starts_on: '2027-01-01', ends_on: '2027-01-01' })).toEqual([]);
  });

  it('takes a whole number in its range, and says which problem a typed number has', () => {
    const rules = FORM_RULES.teacherProfile;
    expect(fieldProblems(rules, { years_experience: '' })).toEqual([]);
    expect(fieldProblems(rules, { years_experience: '12' })).toEqual([]);
    expect(fieldProblems(rules, { years_experience: '0' })).toEqual([]);
    expect(fieldProblems(rules, { years_experience: '60' })).toEqual([]);
    expect(fieldProblems(rules, { years_experience: 'ten' }).map((p) => p.code)).toEqual(['not_a_number']);
    expect(fieldProblems(rules, { years_experience: '2.5' }).map((p) => p.code)).toEqual(['not_a_number']);
    expect(fieldProblems(rules, { years_experience: '61' })).toEqual([
      { field: 'years_experience', code: 'out_of_range', message: 'must be from 0 to 60', params: { min: 0, max: 60 } },
    ]);
  });

  it('asks a scheduled meeting for what a draft may leave out', () => {
    expect(fieldProblems(meetingRules('draft'), { title: 'T' })).toEqual([]);
    expect(fieldProblems(meetingRules('scheduled'), { title: 'T' }).map((p) => p.field)).toEqual(['goal', 'starts_at', 'mode']);
  });

  it('reads as the server’s problem does, naming the field as labelled, in both languages', () => {
    const [tooLong, email] = fieldProblems(FORM_RULES.member, { name: 'x'.repeat(5000), email: 'someone' });
    const labels: Record<string, Record<string, string>> = { en: { name: 'Name', email: 'Email' }, es: { name: 'Nombre', email: 'Correo electrónico' } };
    expect(fieldProblemText(translator(en), tooLong, (n) => labels.en[n])).toBe('Name: use at most 200 characters.');
    expect(fieldProblemText(translator(es), tooLong, (n) => labels.es[n])).toBe('Nombre: use como máximo 200 caracteres.');
    expect(fieldProblemText(translator(en), email, (n) => labels.en[n])).toBe('Email: enter an address such as name@district.org.');
    expect(fieldProblemText(translator(es), email, (n) => labels.es[n])).toBe('Correo electrónico: escriba una dirección como nombre@distrito.org.');
  });

  it('says a too-short text needs more characters, and a too-small number a larger one', () => {
    // The server's answer to a 9-character password, and to an agenda item of 0 minutes.
    const password = { field: 'password', code: 'too_short', params: { min: 10 }, message: 'must be at least 10 characters long' };
    const minutes = { field: 'agenda[0].minutes', code: 'out_of_range', params: { min: 1 }, message: 'at least 1' };
    const label = (n: string) => ({ password: 'Password', 'agenda[].minutes': 'Minutes' })[n];
    expect(fieldProblemText(translator(en), password, label)).toBe('Password: use at least 10 characters.');
    expect(fieldProblemText(translator(es), password, () => 'Contraseña')).toBe('Contraseña: use al menos 10 caracteres.');
    expect(fieldProblemText(translator(en), minutes, () => 'Minutes')).toMatch(/enter at least 1\.$/);
  });
});

describe('checkFields', () => {
  it('throws one validation problem with every coded problem and the form’s own sentences', () => {
    let thrown: unknown;
    try {
      checkFields('Check the fields.', FORM_RULES.resetPassword, { password: 'p'.repeat(201) }, { confirmation: 'The passwords differ.' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    const problem = (thrown as ApiError).problem;
    expect(problem).toMatchObject({ type: '/problems/validation', status: 422, detail: 'Check the fields.', local: true });
    expect(problem.errors).toEqual([
      { field: 'password', code: 'too_long', params: { max: 200 }, message: 'must be at most 200 characters' },
      { field: 'confirmation', message: 'The passwords differ.' },
    ]);
  });

  it('throws nothing when every field is fine', () => {
    expect(() => checkFields('Check the fields.', FORM_RULES.signIn, { email: 'a@b.org', password: 'secret' })).not.toThrow();
  });
});
