import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import es from './locales/es.json';

type Catalogue = { [key: string]: string | Catalogue };
const catalogues = { en: en as Catalogue, es: es as Catalogue };
const PLURAL = /_(zero|one|two|few|many|other)$/;

const flatten = (catalogue: Catalogue, prefix = ''): [string, string][] =>
  Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );

describe('counts in the locales', () => {
  for (const [language, catalogue] of Object.entries(catalogues)) {
    it(`gives every {{count}} string both a _one and an _other form (${language})`, () => {
      const entries = flatten(catalogue);
      const keys = new Set(entries.map(([key]) => key));
      const lacking = entries
        .filter(([, text]) => /\{\{count\b/.test(text))
        .map(([key]) => key.replace(PLURAL, ''))
        .filter((base) => !keys.has(`${base}_one`) || !keys.has(`${base}_other`));
      expect([...new Set(lacking)]).toEqual([]);
    });
  }
});

describe('counts read as words', () => {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const say = (language: string, key: string, options: Record<string, unknown>) => i18n.getFixedT(language)(key, options);

  it('says one minute and two minutes, in English and Spanish', () => {
    expect(say('en', 'meeting.minutes', { count: 1 })).toBe('1 minute');
    expect(say('en', 'meeting.minutes', { count: 2 })).toBe('2 minutes');
    expect(say('es', 'meeting.minutes', { count: 1 })).toBe('1 minuto');
    expect(say('es', 'meeting.minutes', { count: 2 })).toBe('2 minutos');
  });

  it('fits the noun to the number in the planner check and the guide progress', () => {
    const discussion = { least: 6, share: 10 };
    expect(say('en', 'planner.checkDiscussion', { count: 1, ...discussion })).toBe('Discussion and questions: 1 minute (at least 6, 10%)');
    expect(say('en', 'planner.checkDiscussion', { count: 2, ...discussion })).toBe('Discussion and questions: 2 minutes (at least 6, 10%)');
    expect(say('es', 'planner.checkDiscussion', { count: 1, ...discussion })).toBe('Diálogo y preguntas: 1 minuto (al menos 6, 10 %)');
    expect(say('es', 'planner.checkDiscussion', { count: 2, ...discussion })).toBe('Diálogo y preguntas: 2 minutos (al menos 6, 10 %)');
    expect(say('en', 'guide.progress.answered', { answered: 0, count: 1 })).toBe('0 of 1 question answered');
    expect(say('es', 'guide.progress.answered', { answered: 1, count: 2 })).toBe('1 de 2 preguntas respondidas');
    expect(say('en', 'password.hint', { count: 1 })).toBe('At least 1 character.');
    expect(say('es', 'password.hint', { count: 12 })).toBe('Al menos 12 caracteres.');
    expect(say('es', 'measure.baseline.nowFirst', { count: 1 })).toBe('la mediana a partir del primer punto');
    expect(say('es', 'measure.baseline.nowFirst', { count: 2 })).toBe('la mediana a partir de los primeros 2 puntos');
  });

  it('agrees each count of a follow-through figure with its own number (1 abierta, 0 vencidas)', () => {
    const count = (language: string, word: string, n: number) => say(language, `meetings.${word}`, { count: n, value: String(n) });
    const open = (language: string, o: number, d: number) =>
      say(language, 'meetings.openValue', { open: count(language, 'countOpen', o), overdue: count(language, 'countOverdue', d) });
    expect(open('es', 1, 0)).toBe('1 abierta, 0 vencidas');
    expect(open('es', 3, 1)).toBe('3 abiertas, 1 vencida');
    expect(open('en', 1, 2)).toBe('1 open, 2 overdue');
  });
});
