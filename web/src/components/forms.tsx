import { useCallback, useId, useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError as ProblemFieldError } from '../api';
import { fieldProblemText, hasSentence, type LabelOf } from '../fieldProblems';
import { currentLanguage } from '../i18n';

export interface FormErrors {
  /** The form-level message (the problem's `detail`), announced by the form's live region. */
  form: string | null;
  /** Messages by field name, from the problem's `errors[]` or from checks made before sending. */
  fields: Record<string, string>;
}

const noErrors: FormErrors = { form: null, fields: {} };

/**
 * The text to show for a failed request. The server writes its `detail` in English, so in English that precise
 * sentence is shown; in another language, the sentence for the problem's type from the catalogue (`problems.*`)
 * (followed by the English detail for invalid input), and the English detail alone for a type the catalogue does
 * not know. When every entry of `errors[]` has a sentence of its own (a `code`), the type's sentence alone is
 * shown, in every language: the fields' sentences say the rest.
 */
export function useProblemText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        if (error.is('network')) return t('errors.network');
        const key = `problems.${error.problem.type.replace(/^\/problems\//, '')}`;
        const errors = error.problem.errors ?? [];
        if (!error.problem.local && errors.length > 0 && errors.every(hasSentence) && i18n.exists(key)) return t(key);
        if (!error.problem.local && currentLanguage() !== 'en' && i18n.exists(key)) {
          // A field the form does not show may be the one in error, so its English words are kept after ours.
          return error.is('validation') && error.problem.detail ? `${t(key)} (${error.problem.detail})` : t(key);
        }
        if (error.problem.detail) return error.problem.detail;
        if (error.is('unknown')) return t('errors.unexpected');
        return error.problem.title;
      }
      return t('errors.unexpected');
    },
    [t, i18n],
  );
}

/** A validation failure found before sending, shaped like the server's so both show the same way. */
export function invalid(summary: string, fields: Record<string, string>): ApiError {
  return new ApiError({
    type: '/problems/validation',
    title: summary,
    status: 422,
    detail: summary,
    local: true,
    errors: Object.entries(fields).map(([field, message]) => ({ field, message })),
  });
}

/**
 * Field problems found before sending, with the server's codes (`required`, `too_long`...), so that they read
 * exactly as the server's would: `fieldProblemText` makes the sentences. Every field is checked at once.
 */
export function invalidFields(errors: ProblemFieldError[]): ApiError {
  return new ApiError({ type: '/problems/validation', title: 'Invalid input', status: 422, errors });
}

/** The text of a field's label in a form (without "(optional)"), found by the control's name. */
function domLabel(form: HTMLFormElement | null, name: string): string | undefined {
  const control = form?.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);
  const label = control?.labels?.[0];
  const text = (label?.querySelector('.field-label') ?? label)?.textContent?.trim();
  return text || undefined;
}

/**
 * State of one form: errors, a busy flag, and `submit`, which wraps a handler so that a thrown problem becomes
 * the form-level message plus sentences next to the fields, and focus moves to the first field in error.
 * `labels` names fields the form does not label by a control of that name (e.g. `agenda[]` for one item of a
 * list, `agenda[].title` for a field inside it); the others are found by their control's label.
 */
export function useForm(options: { labels?: Record<string, string> } = {}) {
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const problemText = useProblemText();
  const { t } = useTranslation();
  const labels = options.labels;

  const fail = useCallback(
    (error: unknown) => {
      const fields: Record<string, string> = {};
      const labelOf: LabelOf = (name) => labels?.[name] ?? domLabel(formRef.current, name);
      if (error instanceof ApiError) {
        for (const entry of error.problem.errors ?? []) {
          const { field } = entry;
          if (!field) continue;
          const message = error.problem.local && !entry.code ? entry.message : fieldProblemText(t, entry, labelOf);
          const base = field.split(/[.[]/)[0];
          fields[field] ??= message;
          fields[base] ??= message;
        }
      }
      setErrors({ form: problemText(error), fields });
      requestAnimationFrame(() => {
        const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
        first?.focus();
      });
    },
    [problemText, t, labels],
  );

  const clear = useCallback(() => setErrors(noErrors), []);

  const submit = useCallback(
    (handler: () => Promise<void>) => async (event: FormEvent) => {
      event.preventDefault();
      if (busy) return;
      setErrors(noErrors);
      setBusy(true);
      try {
        await handler();
      } catch (error) {
        fail(error);
      } finally {
        setBusy(false);
      }
    },
    [busy, fail],
  );

  return { errors, busy, submit, fail, clear, formRef };
}

/** The form-level message region: always in the page so that screen readers announce what appears in it. */
export function FormAlert({ message }: { message: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="form-alert" aria-live="assertive" aria-atomic="true">
      {message && (
        <p className="alert alert-error">
          <strong>{t('errors.prefix')}</strong> {message}
        </p>
      )}
    </div>
  );
}

/** A polite status region for confirmations ("Invitation sent"). */
export function Status({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {message && <p className="alert alert-success">{message}</p>}
    </div>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function FieldError({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {message}
    </p>
  );
}

interface FieldControl {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The frame a group of checkboxes or radio buttons sits in: legend, hint and error tied by `aria-describedby`. */
function ChoiceFieldset({
  groupId,
  legend,
  error,
  hint,
  children,
}: {
  groupId: string;
  legend: ReactNode;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  const hintId = hint ? `${groupId}-hint` : undefined;
  const errorId = error ? `${groupId}-error` : undefined;
  return (
    <fieldset className={`field checkboxes${error ? ' field-invalid' : ''}`} aria-describedby={describedBy(hintId, errorId)}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && errorId && <FieldError id={errorId} message={error} />}
      <div className="checkbox-list">{children}</div>
    </fieldset>
  );
}

/** Label, hint and error of one control, tied to it with `for` and `aria-describedby`. */
export function Field({
  label,
  name,
  error,
  hint,
  optional,
  children,
}: {
  label: ReactNode;
  name: string;
  error?: string;
  hint?: string;
  optional?: boolean;
  children: (control: FieldControl) => ReactNode;
}) {
  const { t } = useTranslation();
  const fieldId = `${useId()}-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={fieldId}>
        <span className="field-label">{label}</span>
        {optional && <span className="optional"> {t('form.optional')}</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && errorId && <FieldError id={errorId} message={error} />}
      {children({
        id: fieldId,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(hintId, errorId),
      })}
    </div>
  );
}

type FieldProps = { label: ReactNode; name: string; error?: string; hint?: string; optional?: boolean };

export function TextField({
  label,
  name,
  error,
  hint,
  optional,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>) {
  return (
    <Field label={label} name={name} error={error} hint={hint} optional={optional}>
      {(control) => <input type="text" {...input} {...control} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  optional,
  value,
  onChange,
}: FieldProps & { value: string; onChange: (value: string) => void }) {
  return (
    <Field label={label} name={name} error={error} hint={hint} optional={optional}>
      {(control) => <textarea rows={3} value={value} onChange={(event) => onChange(event.target.value)} {...control} />}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  name,
  value,
  options,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
}) {
  const fieldId = `${useId()}-${name}`;
  const errorId = error ? `${fieldId}-error` : undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={fieldId}>
        <span className="field-label">{label}</span>
      </label>
      {error && errorId && <FieldError id={errorId} message={error} />}
      <select
        id={fieldId}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
  hint,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T[];
  onChange: (value: T[]) => void;
  error?: string;
  hint?: string;
}) {
  const groupId = `${useId()}-${name}`;
  return (
    <ChoiceFieldset groupId={groupId} legend={legend} error={error} hint={hint}>
      {options.map((option) => {
        const optionId = `${groupId}-${option.value}`;
        const checked = value.includes(option.value);
        return (
          <div className="checkbox" key={option.value}>
            <input
              type="checkbox"
              id={optionId}
              name={name}
              value={option.value}
              checked={checked}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(checked ? value.filter((v) => v !== option.value) : [...value, option.value])}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

/** One choice among a few, as radio buttons in a fieldset (legend, hint and error tied by `aria-describedby`). */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
  hint,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  error?: string;
  hint?: string;
}) {
  const groupId = `${useId()}-${name}`;
  return (
    <ChoiceFieldset groupId={groupId} legend={legend} error={error} hint={hint}>
      {options.map((option) => {
        const optionId = `${groupId}-${option.value}`;
        return (
          <div className="checkbox" key={option.value}>
            <input
              type="radio"
              id={optionId}
              name={groupId}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
      {busy ? t('form.working') : children}
    </button>
  );
}

/** Splits "a, b, c" into trimmed, distinct, non-empty strings. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item) seen.add(item);
  }
  return [...seen];
}

export const MIN_PASSWORD = 10;

/** Checks a new password typed twice; returns the field errors (empty when fine). */
export function checkNewPassword(
  t: (key: string, options?: Record<string, unknown>) => string,
  password: string,
  confirmation: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (password.length < MIN_PASSWORD) errors.password = t('password.tooShort', { count: MIN_PASSWORD });
  else if (password !== confirmation) errors.confirmation = t('password.mismatch');
  return errors;
}

/** The e-mail address field (`email`): "email" autocompletes the person's own address, "off" someone else's. */
export function EmailField({
  value,
  onChange,
  error,
  autoComplete,
  name = 'email',
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoComplete: 'email' | 'off';
  /** The input's name, when a page has two of these (the field error is still reported as `email`). */
  name?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('field.email')}
      name={name}
      type="email"
      autoComplete={autoComplete}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}

/** The state of a new password typed twice (NewPasswordFields shows it, checkNewPassword checks it). */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  return { password, confirmation, setPassword, setConfirmation };
}

/** A new password typed twice, as the fields `password` and `confirmation` that checkNewPassword checks. */
export function NewPasswordFields({ value, errors }: { value: ReturnType<typeof useNewPassword>; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('field.newPassword')}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t('password.hint', { count: MIN_PASSWORD })}
        value={value.password}
        onChange={(event) => value.setPassword(event.target.value)}
        error={errors.password}
      />
      <TextField
        label={t('field.confirmPassword')}
        name="confirmation"
        type="password"
        autoComplete="new-password"
        value={value.confirmation}
        onChange={(event) => value.setConfirmation(event.target.value)}
        error={errors.confirmation}
      />
    </>
  );
}
