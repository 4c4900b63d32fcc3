import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl';

describe('kept Intl formatters', () => {
  it('reuses one formatter per locale and options, and keeps locales and options apart', () => {
    expect(numberFormat('en-US')).toBe(numberFormat('en-US'));
    expect(numberFormat('en-US', { style: 'percent' })).not.toBe(numberFormat('en-US'));
    expect(numberFormat('en-US').format(1234.5)).toBe('1,234.5');
    expect(numberFormat('es-US', { maximumFractionDigits: 2 }).format(12.5)).toBe('12.5');
    expect(numberFormat('es-ES', { maximumFractionDigits: 2 }).format(1234.5)).toBe('1234,5');
    const utc = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('es-US', utc).format(new Date('2026-12-01T00:00:00Z'))).toBe('1 de diciembre de 2026');
    expect(dateTimeFormat('en-US', utc).format(new Date('2026-12-01T00:00:00Z'))).toBe('December 1, 2026');
  });

  it('refuses a time zone the browser does not know, as Intl does, and keeps nothing for it', () => {
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
