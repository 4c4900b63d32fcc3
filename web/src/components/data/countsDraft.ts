// The counts form's values as typed: text fields stay text until sent, so what was typed survives a failed check.
import { hasKeys } from './useDraft';
import { STUDENT_GROUPS } from '../../dataLabels';
import type { CountsInput, Direction } from '../../dataApi';

export interface CountRowDraft {
  key: number;
  group: string;
  denominator: string;
  numerator: string;
}

export interface CountsDraft {
  indicator: string;
  direction: Direction;
  year: string;
  orgCode: string;
  rows: CountRowDraft[];
}

type Translate = (key: string) => string;

let nextKey = 1;
export const newCountRow = (group: string): CountRowDraft => ({ key: nextKey++ + Math.random(), group, denominator: '', numerator: '' });
export const isCountsDraft = hasKeys<CountsDraft>('indicator', 'direction', 'year', 'orgCode', 'rows');
export const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** A new row gets the first student group not yet in the list (ALL once every one is there). */
export const firstFreeGroup = (rows: CountRowDraft[]) => STUDENT_GROUPS.find((g) => !rows.some((r) => r.group === g)) ?? 'ALL';

/** The messages for fields the server would refuse anyway, keyed as the server keys them. */
export function checkCounts(t: Translate, { indicator, year, rows }: CountsDraft): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!indicator.trim()) fields.indicator = t('form.required');
  const yearNumber = wholeNumber(year);
  if (!(yearNumber >= 1990 && yearNumber <= 2100)) fields.year = t('data.import.yearHint');
  rows.forEach((row, i) => {
    if (Number.isNaN(wholeNumber(row.denominator))) fields[`groups[${i}].denominator`] = t('form.wholeNumber');
    if (Number.isNaN(wholeNumber(row.numerator))) fields[`groups[${i}].numerator`] = t('form.wholeNumber');
  });
  return fields;
}

/** What to send: a place is named only when it is not the district itself. */
export function countsInput({ indicator, direction, year, orgCode, rows }: CountsDraft, districtCode: string | null): CountsInput {
  return {
    indicator: indicator.trim(),
    direction,
    year: wholeNumber(year),
    ...(orgCode && orgCode !== districtCode ? { org_code: orgCode } : {}),
    groups: rows.map((row) => ({ group: row.group, denominator: wholeNumber(row.denominator), numerator: wholeNumber(row.numerator) })),
  };
}
