import { currentLanguage } from './i18n';
import type { Perspective } from './api';
import { numberFormat, dateTimeFormat } from './intl';

const locale = () => (currentLanguage() === 'es' ? 'es-US' : 'en-US');

/** A `YYYY-MM-DD` date, written out in the current language. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return dateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

/** A due date in words, its weekday named: "Tuesday, December 1" / "martes, 1 de diciembre" (the year too when it
 * is not this year's). */
export function formatDueDate(date: string | null | undefined): string {
  if (!date) return '';
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  const sameYear = parsed.getUTCFullYear() === new Date().getFullYear();
  return dateTimeFormat(locale(), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(parsed);
}

/** The month of a civil date, short ("Dec 26"), for a time axis. */
export function formatMonth(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return dateTimeFormat(locale(), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(parsed);
}

/** An RFC 3339 time, in the reader's time zone. */
export function formatDateTime(time: string | null | undefined): string {
  if (!time) return '';
  const parsed = new Date(time);
  if (Number.isNaN(parsed.getTime())) return time;
  // Field by field (Intl refuses timeZoneName beside dateStyle): the reader's clock, its zone named (audit log, notes).
  return dateTimeFormat(locale(), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(parsed);
}

export function formatNumber(value: number): string {
  return numberFormat(locale()).format(value);
}

export function formatPercent(part: number, whole: number): string {
  return numberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}

export function perspectiveLabel(perspective: Perspective | undefined, key: string): string {
  if (!perspective) return key;
  return currentLanguage() === 'es' ? perspective.label_es : perspective.label_en;
}

/** The BCP 47 tag used for dates and numbers in the current language. */
export const dateLocale = locale;
