import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import es from './locales/es.json';
import { fieldLabel, fieldProblemText, hasSentence } from './fieldProblems';

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
});
