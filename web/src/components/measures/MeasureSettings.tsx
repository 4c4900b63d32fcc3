import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Measure } from '../../api';
import { fileProblemText, type FileProblem } from '../../fieldProblems';
import { importContentType } from '../../measures';
import { FormAlert, RadioGroup, SubmitButton, TextField, invalid, useForm } from '../forms';

type Choice = 'all' | 'first';

/** The form's fields, from a measure (first shown, or the current one after someone else changed it). */
function fieldsOf(measure: Measure): { choice: Choice; count: string } {
  return measure.baseline_points === null ? { choice: 'all', count: '' } : { choice: 'first', count: String(measure.baseline_points) };
}

/**
 * Where the median comes from: all points, or the first N (frozen baseline). Sent with the measure's version; when
 * someone else changed the measure first (409), their value is shown and the next save uses the current version.
 */
export function BaselineForm({ measure, saved }: { measure: Measure; saved: (measure: Measure) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const [fields, setFields] = useState(() => fieldsOf(measure));
  const [version, setVersion] = useState(measure.version);
  const onSubmit = form.submit(async () => {
    const count = Number(fields.count.trim());
    const first = fields.choice === 'first';
    if (first && !(Number.isInteger(count) && count >= 1 && count <= 1000))
      throw invalid(t('errors.checkFields'), { baseline_points: t('measure.baseline.countInvalid') });
    try {
      const updated = await api.setMeasureBaseline(measure.id, first ? count : null, version);
      setVersion(updated.version);
      saved(updated);
    } catch (error) {
      const current = error instanceof ApiError && error.status === 409 ? (error.problem as { current?: Measure }).current : undefined;
      if (current) {
        setVersion(current.version);
        setFields(fieldsOf(current));
        throw invalid(t('measure.baseline.conflict', { current: describe(t, current) }), {});
      }
      throw error;
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="baseline">
      <h2 id="baseline">{t('measure.baseline.title')}</h2>
      <FormAlert message={form.errors.form} />
      <RadioGroup<Choice> legend={t('measure.baseline.legend')} name="baseline-choice" value={fields.choice}
        onChange={(choice) => setFields((f) => ({ ...f, choice }))}
        options={[{ value: 'all', label: t('measure.baseline.all') }, { value: 'first', label: t('measure.baseline.first') }]} />
      {fields.choice === 'first' && (
        <TextField label={t('measure.baseline.count')} hint={t('measure.baseline.countHint', { count: measure.points.length })}
          name="baseline_points" inputMode="numeric" value={fields.count} error={form.errors.fields.baseline_points}
          onChange={(e) => setFields((f) => ({ ...f, count: e.target.value }))} />
      )}
      <SubmitButton busy={form.busy}>{t('measure.baseline.save')}</SubmitButton>
    </form>
  );
}

function describe(t: (key: string, options?: Record<string, unknown>) => string, measure: Measure): string {
  return measure.baseline_points === null ? t('measure.baseline.nowAll') : t('measure.baseline.nowFirst', { count: measure.baseline_points });
}


/** Adds points from a spreadsheet saved as CSV or TSV: every point or none; the problems are listed by line. */
export function ImportPoints({ measure, imported }: { measure: Measure; imported: (measure: Measure, added: number) => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const onSubmit = form.submit(async () => {
    setProblems([]);
    const file = input.current?.files?.[0];
    if (!file) throw invalid(t('errors.checkFields'), { file: t('measure.import.fileRequired') });
    const text = await file.text();
    try {
      const updated = await api.importMeasurePoints(measure.id, text, importContentType(file.name, text));
      if (input.current) input.current.value = '';
      imported(updated, updated.points.length - measure.points.length);
    } catch (error) {
      if (error instanceof ApiError && error.is('import-rejected')) {
        setProblems((error.problem.errors ?? []) as unknown as FileProblem[]);
        throw new ApiError({ ...error.problem, errors: [], detail: t('measure.import.rejected'), local: true });
      }
      throw error;
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="import-points">
      <h2 id="import-points">{t('measure.import.title')}</h2>
      <p>{t('measure.import.explain')}</p>
      <FormAlert message={form.errors.form} />
      {problems.length > 0 && (
        <ul aria-label={t('measure.import.problems')} className="import-problems">
          {problems.map((p, i) => (
            <li key={i}>{p.line ? t('measure.import.line', { line: p.line, message: fileProblemText(t, p) }) : fileProblemText(t, p)}</li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="import-file">{t('measure.import.file')}</label>
        {form.errors.fields.file && <p className="field-error" id="import-file-error">{form.errors.fields.file}</p>}
        <input id="import-file" ref={input} type="file" accept=".csv,.tsv,.txt"
          aria-invalid={form.errors.fields.file ? true : undefined} aria-describedby={form.errors.fields.file ? 'import-file-error' : undefined} />
      </div>
      <SubmitButton busy={form.busy}>{t('measure.import.submit')}</SubmitButton>
    </form>
  );
}
