import { afterEach, describe, expect, test } from 'vitest';
import { guidePaths, inLanguage, splitSectionKey } from './guides';
import i18n from './i18n';

describe('guide texts and places', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  test("a guide's text in the reader's language, English where the Spanish is missing", async () => {
    const text = { en: 'Empathy interviews', es: 'Entrevistas de empatía' };
    expect(inLanguage(text)).toBe('Empathy interviews');
    await i18n.changeLanguage('es');
    expect(inLanguage(text)).toBe('Entrevistas de empatía');
    expect(inLanguage({ en: 'Only English', es: '' })).toBe('Only English');
    expect(inLanguage(null)).toBe('');
  });

  test("the team's current section, as the server names it", () => {
    expect(splitSectionKey('improvement-cycle/empathy-interviews')).toEqual({ module: 'improvement-cycle', section: 'empathy-interviews' });
    expect(splitSectionKey(null)).toBeNull();
    expect(splitSectionKey('no-slash')).toBeNull();
  });

  test('links to a guide stay inside the guide whatever its ids hold', () => {
    expect(guidePaths.progress(4, 'discovery-to-scale')).toBe('/teams/4/guides/discovery-to-scale');
    expect(guidePaths.section(4, 'g', 'm/../x', 's?t')).toBe('/teams/4/guides/g/modules/m%2F..%2Fx/sections/s%3Ft');
    expect(guidePaths.plan(4, 'g')).toBe('/teams/4/guides/g/plan');
  });
});
