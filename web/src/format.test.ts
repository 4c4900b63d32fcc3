import { afterEach, describe, expect, test } from 'vitest';
import { switchLanguage } from './i18n';
import { formatDate, formatDateTime, formatNumber, formatPercent, perspectiveLabel } from './format';

// vite.config.ts puts the reader in America/Los_Angeles.
describe('dates and numbers in the reader’s language', () => {
  afterEach(async () => {
    await switchLanguage('en');
  });

  test('a due date is the same calendar day wherever the reader is', () => {
    expect(formatDate('2026-12-14')).toBe('December 14, 2026');
    expect(formatDate('2026-01-01')).toBe('January 1, 2026');
  });

  test("a time is shown on the reader's clock, its zone named", () => {
    // 16:00 UTC is 8:00 in California.
    expect(formatDateTime('2026-12-14T16:00:00Z')).toMatch(/^Dec 14, 2026, 8:00\sAM PST$/);
    // 03:00 UTC on the 15th is still the 14th there.
    expect(formatDateTime('2026-12-15T03:00:00Z')).toMatch(/^Dec 14, 2026, 7:00\sPM PST$/);
  });

  test('in Spanish after the language switch', async () => {
    await switchLanguage('es');
    expect(formatDate('2026-12-14')).toBe('14 de diciembre de 2026');
    expect(formatNumber(9499)).toBe('9,499');
    expect(document.documentElement.lang).toBe('es');
  });

  test('missing or unreadable values do not show as "Invalid Date"', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('someday')).toBe('someday');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('later')).toBe('later');
  });

  test('shares of a population', () => {
    expect(formatNumber(1250)).toBe('1,250');
    expect(formatPercent(880, 9499)).toBe('9.3%');
    expect(formatPercent(1, 4)).toBe('25%');
  });

  test("a perspective's name in the reader's language, or its key when the catalogue lacks it", async () => {
    const families = { key: 'families', label_en: 'Families', label_es: 'Familias' };
    expect(perspectiveLabel(families, 'families')).toBe('Families');
    await switchLanguage('es');
    expect(perspectiveLabel(families, 'families')).toBe('Familias');
    expect(perspectiveLabel(undefined, 'students')).toBe('students');
  });
});
