// The browser's checks of a form's fields, before sending: each form declares its fields' rules once (formRules.ts,
// mirroring the server's limits) and gets back the SAME problem entries the server's 422 `errors[]` carries (a
// `code` and its `params`), so fieldProblems.ts words both alike and every problem shows at once, in one round.
import { ApiError, type FieldError } from './api';

export interface FieldRule {
  /** Empty (after trimming) is refused: `required`. */
  required?: boolean;
  /** At most this many characters after trimming: `too_long` with `max`. */
  max?: number;
  /**
   * Shaped like an e-mail address (domain::check_email): `not_an_email`. The server words the same refusal without
   * a code of its own (its http layer files it as `invalid`), so only the browser's check has the sentence.
   */
  email?: boolean;
  /** A date (YYYY-MM-DD) not before the date in this other field, when both are given: `before_start`. */
  notBefore?: string;
  /** A whole number (`not_a_number`) from `min` to `max` (`out_of_range` with both). */
  whole?: { min: number; max: number };
}

/** The rules of a form's fields, by the field's name as the server reports it. */
export type FieldRules = Record<string, FieldRule>;

/** A form's values as typed, by field name (absent or null: not in the form, or left empty). */
export type FieldValues = Record<string, string | null | undefined>;

/**
 * A text's length as the server's JsonBody counts it (src/api/json_body.cpp, `characters`): code points after
 * trimming, so "ñ" is one character, and an emoji (two UTF-16 units) is one too.
 */
export function serverLength(text: string): number {
  return [...text.trim()].length;
}

/** The same test as the server's domain::check_email (src/domain/identifiers.cpp). */
export function isEmailShaped(text: string): boolean {
  const at = text.indexOf('@');
  return (
    at > 0 &&
    at === text.lastIndexOf('@') &&
    text.indexOf('.', at) !== -1 &&
    !text.endsWith('.') &&
    new TextEncoder().encode(text).length <= 254 && // an address's limit is in bytes (RFC 5321)
    ![...text].some((c) => c.charCodeAt(0) <= 0x20 || /\s/.test(c))
  );
}

function problem(field: string, code: string, message: string, params?: Record<string, unknown>): FieldError {
  return params ? { field, code, message, params } : { field, code, message };
}

/** Every field's first problem, in the order the rules list them (the server's words in `message`). */
export function fieldProblems(rules: FieldRules, values: FieldValues): FieldError[] {
  const problems: FieldError[] = [];
  for (const [field, rule] of Object.entries(rules)) {
    const value = (values[field] ?? '').trim();
    if (!value) {
      if (rule.required) problems.push(problem(field, 'required', 'is required'));
      continue;
    }
    if (rule.max !== undefined && serverLength(value) > rule.max) {
      problems.push(problem(field, 'too_long', `must be at most ${rule.max} characters`, { max: rule.max }));
    } else if (rule.email && !isEmailShaped(value)) {
      problems.push(problem(field, 'not_an_email', 'must be an e-mail address like name@district.org'));
    } else if (rule.whole && !/^\d+$/.test(value)) {
      problems.push(problem(field, 'not_a_number', 'must be a whole number'));
    } else if (rule.whole && (Number(value) < rule.whole.min || Number(value) > rule.whole.max)) {
      const { min, max } = rule.whole;
      problems.push(problem(field, 'out_of_range', `must be from ${min} to ${max}`, { min, max }));
    } else if (rule.notBefore) {
      const start = (values[rule.notBefore] ?? '').trim();
      if (start && value < start) problems.push(problem(field, 'before_start', `must not be before ${rule.notBefore}`, { other: rule.notBefore }));
    }
  }
  return problems;
}

/**
 * Throws one validation problem naming every field in error, shaped like the server's 422 so that useForm shows it
 * the same way: the coded problems (worded by fieldProblems.ts) and `messages`, sentences a form already wrote in
 * the reader's language for checks the rules do not cover (a password typed twice, a whole number). `summary` is
 * the form's alert, in the reader's language. Nothing is thrown when all is well.
 */
export function throwFieldProblems(summary: string, problems: FieldError[], messages: Record<string, string> = {}): void {
  const worded = Object.entries(messages).map(([field, message]) => ({ field, message }));
  if (!problems.length && !worded.length) return;
  throw new ApiError({
    type: '/problems/validation',
    title: summary,
    status: 422,
    detail: summary,
    local: true,
    errors: [...problems, ...worded],
  });
}

/** Checks `values` against `rules` and throws every problem at once (see throwFieldProblems). */
export function checkFields(summary: string, rules: FieldRules, values: FieldValues, messages: Record<string, string> = {}): void {
  throwFieldProblems(summary, fieldProblems(rules, values), messages);
}
