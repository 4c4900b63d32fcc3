// Field problems as sentences in the reader's language: the server's `errors[]` entries (and the same shape made
// by the browser's own checks before sending) carry a stable `code` and its `params`; `fieldProblems.<code>` in
// the locales says what is wrong and what to do, naming the field as the form labels it. An unknown code keeps
// the server's (English) message.
import type { FieldError } from './api';
import { formatDate } from './format';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A label for a field name, as the form shows it (undefined: the form does not label it). */
export type LabelOf = (name: string) => string | undefined;

/** The codes with a sentence in the locales (docs/api.md lists the server's). */
export const FIELD_PROBLEM_CODES = [
  'required',
  'too_long',
  'too_short',
  'not_a_date',
  'not_a_number',
  'out_of_range',
  'not_one_of',
  'duplicate',
  'empty_file',
  'missing_columns',
  'before_meeting_date',
  'before_start',
  'wrong_type',
  'too_many_objectives',
  'agenda_over_time',
  'too_little_discussion',
] as const;

type Coded = Pick<FieldError, 'message'> & { field?: string; code?: string; params?: Record<string, unknown> };

/** Whether an entry has a sentence of its own (else its message is shown as the server wrote it). */
export function hasSentence(error: Coded): boolean {
  return !!error.code && (FIELD_PROBLEM_CODES as readonly string[]).includes(error.code);
}

/**
 * The field's name as the form labels it: "title" → "Title"; a nested name such as "agenda[0].title" → the
 * list's item label and number, then the inner field's label ("Agenda item 1: Title"). Labels are looked up as
 * `name`, then for nested parts as `agenda[]` (one item) and `agenda[].title`.
 */
export function fieldLabel(t: Translate, field: string, labelOf: LabelOf): string {
  const direct = labelOf(field);
  if (direct) return direct;
  const nested = /^([A-Za-z_]+)\[(\d+)\](?:\.([A-Za-z_]+))?$/.exec(field);
  if (nested) {
    const [, list, index, inner] = nested;
    const item = t('fieldProblems.item', { item: labelOf(`${list}[]`) ?? labelOf(list) ?? list, number: Number(index) + 1 });
    if (!inner) return item;
    return t('fieldProblems.nested', { item, field: labelOf(`${list}[].${inner}`) ?? inner.replace(/_/g, ' ') });
  }
  return labelOf(field.split(/[.[]/)[0]) ?? field.replace(/_/g, ' ');
}

function listText(t: Translate, value: unknown): string {
  const items = Array.isArray(value) ? value.map(String) : [String(value ?? '')];
  return items.join(t('fieldProblems.or'));
}

/** The sentence for one field problem, in the current language; the server's message for an unknown code. */
export function fieldProblemText(t: Translate, error: Coded, labelOf: LabelOf): string {
  if (!hasSentence(error)) return error.message;
  const params = error.params ?? {};
  const options: Record<string, unknown> = { ...params, field: fieldLabel(t, error.field ?? '', labelOf) };
  if ('allowed' in params) options.allowed = listText(t, params.allowed);
  if ('columns' in params) {
    options.columns = listText(t, params.columns);
    options.count = Array.isArray(params.columns) ? params.columns.length : 1;
  }
  if (typeof params.date === 'string') options.date = formatDate(params.date);  // the meeting's date, as words
  // The number beside a noun picks the plural form ("the meeting's 1 minute", "at least 5 minutes").
  const countedBy: Record<string, unknown> = { agenda_over_time: params.max, too_little_discussion: params.min };
  const counted = countedBy[error.code!];
  if (counted !== undefined && Number.isFinite(Number(counted))) options.count = Number(counted);
  // A range with only one end reads "at least" or "at most".
  let code = error.code!;
  if (code === 'out_of_range' && params.max === undefined) code = 'out_of_range_min';
  return t(`fieldProblems.${code}`, options);
}
