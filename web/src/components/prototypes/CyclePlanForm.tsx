import { useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { prototypesApi, type Cycle } from '../../prototypesApi';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField, useForm } from '../forms';

/** The API takes up to this many questions a cycle (src/api/prototype_shapes.cpp, kMaxQuestions). */
export const MAX_QUESTIONS = 10;

interface QuestionRow {
  question: string;
  prediction: string;
}

/** The plan's rules for `count` question rows: each row has the first row's rules (FORM_RULES.cyclePlan). */
function planRules(count: number) {
  const { 'questions[0].question': question, 'questions[0].prediction': prediction, ...rest } = FORM_RULES.cyclePlan;
  const rows = Array.from({ length: count }, (_, i) => ({ [`questions[${i}].question`]: question, [`questions[${i}].prediction`]: prediction }));
  return Object.assign({}, ...rows, rest);
}

/** The question rows, each with its prediction: a row is added (up to ten) or removed (down to one) in place. */
function QuestionRows({ questions, setQuestions, errors, formRef }: {
  questions: QuestionRow[];
  setQuestions: Dispatch<SetStateAction<QuestionRow[]>>;
  errors: Record<string, string>;
  formRef: RefObject<HTMLFormElement | null>;
}) {
  const { t } = useTranslation();
  // A row added or removed moves focus to where the user goes on: the new row's question, or the nearest one left.
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    formRef.current?.querySelector<HTMLTextAreaElement>(`[name="questions[${focusRow.current}].question"]`)?.focus();
    focusRow.current = null;
  }, [questions.length, formRef]);
  const setRow = (i: number, row: Partial<QuestionRow>) => setQuestions((old) => old.map((q, j) => (j === i ? { ...q, ...row } : q)));
  return (
    <>
      {questions.map((q, i) => (
        <fieldset key={i} className="group">
          <legend>{t('prototypes.plan.questionNumber', { number: i + 1 })}</legend>
          <TextAreaField label={t('prototypes.cycle.question')} name={`questions[${i}].question`} value={q.question}
            error={errors[`questions[${i}].question`]} onChange={(question) => setRow(i, { question })} />
          <TextAreaField label={t('prototypes.cycle.predictionLabel')} name={`questions[${i}].prediction`} optional value={q.prediction}
            error={errors[`questions[${i}].prediction`]} onChange={(prediction) => setRow(i, { prediction })} />
          {questions.length > 1 && (
            <button type="button" className="button button-small" onClick={() => {
              focusRow.current = Math.min(i, questions.length - 2);
              setQuestions((old) => old.filter((_, j) => j !== i));
            }}>
              {t('prototypes.plan.removeQuestion', { number: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {questions.length < MAX_QUESTIONS ? (
        <button type="button" className="button button-small" onClick={() => {
          focusRow.current = questions.length;
          setQuestions((old) => [...old, { question: '', prediction: '' }]);
        }}>
          {t('prototypes.plan.addQuestion')}
        </button>
      ) : <p className="hint">{t('prototypes.plan.mostQuestions', { most: MAX_QUESTIONS })}</p>}
    </>
  );
}

/**
 * A cycle's Plan: its questions (one to ten rows, each with its prediction), a measure of the team, who, where and
 * when. With `cycle` it re-plans that cycle (offered while it has no Do yet: Study's results follow the questions'
 * order, so the questions are not reshuffled under them); without, it plans a new cycle on the version.
 */
export function CyclePlanForm({ teamId, prototypeId, versionId, versionNumber, measures, cycle, saved, cancel }: {
  teamId: number;
  prototypeId: number;
  versionId: number;
  versionNumber: number;
  measures: { id: number; name: string }[];
  cycle?: Cycle;
  saved: (status: string) => Promise<void>;
  cancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const plan = cycle?.plan;
  const [questions, setQuestions] = useState<QuestionRow[]>(plan?.questions.map((q) => ({ ...q })) ?? [{ question: '', prediction: '' }]);
  const [measure, setMeasure] = useState(plan?.measure_ids[0] ? String(plan.measure_ids[0]) : '');
  const [who, setWho] = useState(plan?.who ?? '');
  const [where, setWhere] = useState(plan?.where ?? '');
  const [startsOn, setStartsOn] = useState(plan?.starts_on ?? '');
  const [endsOn, setEndsOn] = useState(plan?.ends_on ?? '');
  const headingId = cycle ? `replan-cycle-${cycle.id}` : `add-cycle-${versionId}`;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (cycle) heading.current?.focus(); }, [cycle]);
  const onSubmit = form.submit(async () => {
    const values: Record<string, string> = { who, where, starts_on: startsOn, ends_on: endsOn };
    questions.forEach((q, i) => {
      values[`questions[${i}].question`] = q.question;
      values[`questions[${i}].prediction`] = q.prediction;
    });
    checkFields(t('errors.checkFields'), planRules(questions.length), values);
    // Measures the form does not show (a cycle may name several) are kept.
    const measureIds = [...(measure ? [Number(measure)] : []), ...(plan?.measure_ids.slice(1) ?? [])];
    const body = { questions, measure_ids: measureIds, who, where, starts_on: startsOn || null, ends_on: endsOn || null };
    if (cycle) {
      await prototypesApi.updateCycle(teamId, prototypeId, cycle.id, { ...body, version: cycle.version });
      await saved(t('prototypes.plan.saved', { number: cycle.number }));
    } else {
      await prototypesApi.addCycle(teamId, prototypeId, versionId, body);
      setQuestions([{ question: '', prediction: '' }]);
      await saved(t('prototypes.cycle.added', { version: versionNumber }));
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={cycle ? -1 : undefined}>
        {cycle ? t('prototypes.plan.title', { version: versionNumber, number: cycle.number }) : t('prototypes.cycle.add', { version: versionNumber })}
      </h4>
      <FormAlert message={form.errors.form} />
      <QuestionRows questions={questions} setQuestions={setQuestions} errors={form.errors.fields} formRef={form.formRef} />
      <SelectField label={t('prototypes.cycle.measure')} name="measure_ids" value={measure} error={form.errors.fields.measure_ids} onChange={setMeasure}
        options={[{ value: '', label: t('prototypes.cycle.noMeasure') }, ...measures.map((m) => ({ value: String(m.id), label: m.name }))]} />
      <TextField label={t('prototypes.cycle.who')} name="who" optional value={who} error={form.errors.fields.who} onChange={(e) => setWho(e.target.value)} />
      <TextField label={t('prototypes.cycle.where')} name="where" optional value={where} error={form.errors.fields.where} onChange={(e) => setWhere(e.target.value)} />
      <TextField label={t('prototypes.cycle.startsOn')} name="starts_on" type="date" optional value={startsOn} error={form.errors.fields.starts_on} onChange={(e) => setStartsOn(e.target.value)} />
      <TextField label={t('prototypes.cycle.endsOn')} name="ends_on" type="date" optional value={endsOn} error={form.errors.fields.ends_on} onChange={(e) => setEndsOn(e.target.value)} />
      <div className="actions">
        <SubmitButton busy={form.busy}>{cycle ? t('prototypes.plan.save') : t('prototypes.cycle.submit')}</SubmitButton>
        {cancel && <>{' '}<button type="button" className="button" onClick={cancel}>{t('form.cancel')}</button></>}
      </div>
    </form>
  );
}
