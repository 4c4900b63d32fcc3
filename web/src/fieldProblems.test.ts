import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import es from './locales/es.json';
import { FIELD_PROBLEM_CODES, fieldLabel, fieldProblemText, fileProblemText, hasSentence } from './fieldProblems';

type Catalogue = Record<string, unknown>;

/** A tiny i18next stand-in over a locale file: nested keys, {{name}} values, _one/_other by `count`. */
function translator(catalogue: Catalogue) {
  const lookup = (key: string): string | undefined => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) node = (node as Catalogue | undefined)?.[part];
    return typeof node === 'string' ? node : undefined;
  };
  return (key: string, options: Record<string, unknown> = {}) => {
    const plural = typeof options.count === 'number' ? lookup(`${key}_${options.count === 1 ? 'one' : 'other'}`) : undefined;
    const text = plural ?? lookup(key) ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}

const enT = translator(en);
const esT = translator(es);
const labels: Record<string, Record<string, string>> = {
  en: { title: 'Title', starts_at: 'Start', 'agenda[]': 'Agenda item', 'agenda[].title': 'Title' },
  es: { title: 'Título', starts_at: 'Inicio', 'agenda[]': 'Punto de la agenda', 'agenda[].title': 'Título' },
};

describe('fieldProblemText', () => {
  it('names the field as the form labels it and says what to do, in both languages', () => {
    const error = { field: 'starts_at', code: 'required', message: 'is required' };
    expect(fieldProblemText(enT, error, (n) => labels.en[n])).toBe('Start: fill this in.');
    expect(fieldProblemText(esT, error, (n) => labels.es[n])).toBe('Inicio: complete este campo.');
  });

  it('reads a nested name as the item and its field, with the limit', () => {
    const error = { field: 'agenda[0].title', code: 'too_long', params: { max: 300 }, message: 'must be at most 300 characters' };
    expect(fieldProblemText(enT, error, (n) => labels.en[n])).toBe('Agenda item 1: Title: use at most 300 characters.');
    expect(fieldProblemText(esT, error, (n) => labels.es[n])).toBe('Punto de la agenda 1: Título: use como máximo 300 caracteres.');
    expect(fieldLabel(enT, 'agenda[2]', (n) => labels.en[n])).toBe('Agenda item 3');
  });

  it('names missing columns, one or several', () => {
    const one = { code: 'missing_columns', params: { columns: ['grade'] }, message: 'the header has no grade column' };
    const two = { code: 'missing_columns', params: { columns: ['district_code', 'grade'] }, message: '...' };
    expect(fieldProblemText(enT, one, () => undefined)).toContain('no grade column');
    expect(fieldProblemText(esT, two, () => undefined)).toContain('las columnas district_code o grade');
  });

  it('keeps ranges with one end and lists of choices readable', () => {
    expect(fieldProblemText(enT, { field: 'x', code: 'out_of_range', params: { min: 1 }, message: '' }, () => 'Minutes')).toBe('Minutes: enter at least 1.');
    expect(fieldProblemText(esT, { field: 'mode', code: 'not_one_of', params: { allowed: ['a', 'b', 'c'] }, message: '' }, () => 'Modo')).toBe(
      'Modo: elija una de estas opciones: a o b o c.',
    );
  });

  it('falls back to the server message for an unknown code, and to a readable name for an unlabelled field', () => {
    const unknown = { field: 'title', code: 'something_new', message: 'is odd' };
    expect(hasSentence(unknown)).toBe(false);
    expect(fieldProblemText(enT, unknown, () => undefined)).toBe('is odd');
    expect(fieldProblemText(enT, { field: 'due_on', code: 'required', message: '' }, () => undefined)).toBe('due on: fill this in.');
  });

  it('has every sentence in both languages', () => {
    const sentences = (c: Catalogue) => Object.keys(c.fieldProblems as Catalogue).sort();
    expect(sentences(es)).toEqual(sentences(en));
  });

  it('has a sentence in English and Spanish for every code it lists', () => {
    for (const catalogue of [en, es]) {
      const sentences = catalogue.fieldProblems as Record<string, string>;
      for (const code of FIELD_PROBLEM_CODES) {
        const forms = [sentences[code], sentences[`${code}_one`] && sentences[`${code}_other`]];
        expect(forms.some(Boolean), `${code} in ${catalogue === en ? 'en' : 'es'}`).toBe(true);
      }
    }
  });
});

describe('fileProblemText', () => {
  const badDistrict = {
    line: 2,
    column: 3,
    code: 'not_a_district_code',
    params: { value: '27-66O92' },
    message: 'district_code "27-66O92" is not a 7-digit county and district code or a 14-digit CDS code',
  };

  it('names the column and shows the value as the server sent it, in both languages', () => {
    expect(fileProblemText(enT, badDistrict)).toBe(
      'Column 3: “27-66O92” is not a district code. Use the 7-digit county and district code or the 14-digit CDS code.',
    );
    expect(fileProblemText(esT, badDistrict)).toBe(
      'Columna 3: «27-66O92» no es un código de distrito. Use el código de condado y distrito de 7 dígitos o el código CDS de 14 dígitos.',
    );
  });

  it("words a file's dates and numbers with the value read and the forms a date may take", () => {
    const date = { line: 4, column: 1, code: 'not_a_date', params: { value: '13/1/2025', formats: ['YYYY-MM-DD', 'M/D/YYYY'] }, message: '' };
    expect(fileProblemText(enT, date)).toBe('Column 1: “13/1/2025” is not a date. Write it as YYYY-MM-DD or M/D/YYYY.');
    expect(fileProblemText(esT, date)).toBe('Columna 1: «13/1/2025» no es una fecha. Escríbala como YYYY-MM-DD o M/D/YYYY.');
    const number = { line: 5, column: 2, code: 'not_a_number', params: { value: 'many' }, message: '' };
    expect(fileProblemText(esT, number)).toBe('Columna 2: «many» no es un número.');
  });

  it("counts a line's fields with the right plural, and names a line or the whole file when no column is at fault", () => {
    const one = { line: 7, column: null, code: 'wrong_field_count', params: { count: 1, expected: 7 }, message: '' };
    expect(fileProblemText(enT, one)).toMatch(/^This line has 1 field where the first line has 7\./);
    expect(fileProblemText(esT, { ...one, params: { count: 2, expected: 7 } })).toMatch(/^Esta línea tiene 2 campos /);
    const required = { line: 6, column: 0, code: 'required', message: 'name is empty' };
    expect(fileProblemText(esT, required)).toBe('Línea 6: complete este campo.');
    const other = { line: null, column: null, code: 'other_district', params: { value: '19646670000000', district_code: '27660920000000' }, message: '' };
    expect(fileProblemText(enT, other)).toMatch(/^The file has counts for 19646670000000, which is not this district \(27660920000000\)\./);
  });

  it('words a missing school year, a missing indicator and a broken saved mapping instead of the English message', () => {
    const year = { line: 0, column: 0, code: 'school_year_needed', message: 'a student-level import needs the school year' };
    expect(fileProblemText(esT, year)).toBe('Indique el ciclo escolar del archivo (2024 para 2024–25) y vuelva a importarlo.');
    const indicator = { line: 0, column: 0, code: 'indicator_needed', params: { allowed: ['suspension', 'chronic_absence'] }, message: '' };
    expect(fileProblemText(enT, indicator)).toMatch(/^Say which indicator the file holds: .*suspension.*chronic_absence/);
    const mapping = { field: 'mapping_id', code: 'mapping_invalid', params: { name: 'SIS 2024' }, message: 'mapping 3 is not valid: x' };
    expect(fieldProblemText(esT, mapping, () => undefined)).toMatch(/^La correspondencia guardada «SIS 2024» ya no es válida/);
  });

  it("keeps the server's message for a problem without a known code", () => {
    expect(fileProblemText(esT, { line: 2, column: 1, code: 'invalid', message: 'something odd' })).toBe('something odd');
  });
});
