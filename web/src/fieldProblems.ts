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
  // Made by the browser's checks (fieldChecks.ts): the server says the same in words, without a code.
  'not_an_email',
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
  // A data file's lines (docs/api.md, "Field problem codes").
  'wrong_field_count',
  'wrong_header',
  'mapped_column_missing',
  'unclosed_quote',
  'text_after_quote',
  'field_too_large',
  'line_too_large',
  'too_many_fields',
  'nul_byte',
  'too_many_rows',
  'no_rows',
  'not_a_cds_code',
  'not_a_district_code',
  'not_a_school_code',
  'not_digits',
  'not_a_school_year',
  'not_an_indicator',
  'not_a_group',
  'not_a_count',
  'numerator_over_denominator',
  'direction_differs',
  'also_on_line',
  'not_a_grade',
  'not_a_flag',
  'not_a_program_name',
  'too_many_groups',
  'too_many_programs',
  'not_one_character',
  'other_district',
  'no_district_row',
  'school_year_needed',
  'indicator_needed',
  'mapping_invalid',
  'point_exists',
] as const;

/**
 * Codes whose sentence changes with what the params hold: a file's cell names the value it read (and the date
 * forms a file may use), where a form's field has only its label.
 */
function sentenceKey(code: string, params: Record<string, unknown>): string {
  if (code === 'out_of_range' && params.max === undefined) return 'out_of_range_min'; // "at least"
  if (code === 'not_a_date' && 'formats' in params) return 'not_a_date_formats';
  if (code === 'not_a_number' && 'value' in params) return 'not_a_number_value';
  return code;
}

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
  if ('formats' in params) options.formats = listText(t, params.formats);
  if (typeof params.date === 'string') options.date = formatDate(params.date);  // the meeting's date, as words
  // The number beside a noun picks the plural form ("the meeting's 1 minute", "at least 5 minutes", "1 field").
  const countedBy: Record<string, unknown> = {
    agenda_over_time: params.max,
    too_little_discussion: params.min,
    too_short: params.min,
    wrong_field_count: params.count,
  };
  const counted = countedBy[error.code!];
  if (counted !== undefined && Number.isFinite(Number(counted))) options.count = Number(counted);
  return t(`fieldProblems.${sentenceKey(error.code!, params)}`, options);
}

/** A problem of a data file, where it is: its line and column (1-based; 0 or null when the whole line or file). */
export type FileProblem = Coded & { line?: number | null; column?: number | null };

/**
 * A file's problem as a sentence in the reader's language: a cell's sentence names its column ("Column 3"), a
 * line's its line; an unknown code keeps the server's message.
 */
export function fileProblemText(t: Translate, problem: FileProblem): string {
  const { line, column } = problem;
  const place = () =>
    column
      ? t('data.problems.columnNumber', { number: column })
      : line
        ? t('data.problems.lineNumber', { number: line })
        : t('data.problems.wholeFile');
  return fieldProblemText(t, { ...problem, field: '' }, place);
}
