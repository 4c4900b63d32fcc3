import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { nextPhase, prototypesApi, type ActDecision, type Cycle, type CyclePhase } from '../../prototypesApi';
import { FormAlert, SelectField, TextAreaField, useForm } from '../forms';
import { useFocusBack } from '../useFocusBack';
import { CyclePlanForm } from './CyclePlanForm';

interface CycleProps {
  teamId: number;
  prototypeId: number;
  versionId: number;
  versionNumber: number;
  cycle: Cycle;
  measures: { id: number; name: string }[];
  measureNames: Map<number, string>;
  writable: boolean;
  changed: (status: string) => Promise<void>;
  startNextVersion: (cycle: Cycle) => void;
}

function Text({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value?.trim() ? value : t('prototypes.cycle.notWritten')}</dd>
    </div>
  );
}

/** The fields of the cycle's current phase, saved together; "save and move on" also moves it to the next phase. */
function PhaseForm({ teamId, prototypeId, cycle, changed }: Pick<CycleProps, 'teamId' | 'prototypeId' | 'cycle' | 'changed'>) {
  const { t } = useTranslation();
  const form = useForm();
  const [what, setWhat] = useState(cycle.do.what_happened);
  const [observations, setObservations] = useState(cycle.do.observations);
  const [problems, setProblems] = useState(cycle.do.problems);
  const [results, setResults] = useState(cycle.study.results);
  const [surprises, setSurprises] = useState(cycle.study.surprises);
  const [decision, setDecision] = useState<ActDecision | ''>(cycle.act.decision ?? '');
  const [nextStep, setNextStep] = useState(cycle.act.next_step);
  // Which button sent the form: read when it is submitted, so a ref (a state change would arrive too late).
  const advancing = useRef(false);
  const phase: CyclePhase = cycle.phase;
  const next = nextPhase(phase);
  const body = (): Record<string, unknown> => {
    if (phase === 'do') return { what_happened: what, observations, problems };
    if (phase === 'study') return { results, surprises };
    if (phase === 'act') return { act_decision: decision || null, next_step: nextStep };
    return {};
  };
  const onSubmit = form.submit(async () => {
    const advance = advancing.current;
    if (phase === 'do') checkFields(t('errors.checkFields'), FORM_RULES.cycleDo, { what_happened: what, observations, problems });
    await prototypesApi.updateCycle(teamId, prototypeId, cycle.id, { ...body(), version: cycle.version, ...(advance && next ? { phase: next } : {}) });
    await changed(advance && next ? t('prototypes.cycle.moved', { phase: t(`prototypes.phase.${next}`) }) : t('prototypes.cycle.saved'));
  });
  const label = t('prototypes.cycle.formLabel', { phase: t(`prototypes.phase.${phase}`), number: cycle.number });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-label={label}>
      <FormAlert message={form.errors.form} />
      {phase === 'do' && (
        <>
          <TextAreaField label={t('prototypes.cycle.whatHappened')} name="what_happened" value={what} error={form.errors.fields.what_happened} onChange={setWhat} />
          <TextAreaField label={t('prototypes.cycle.observations')} name="observations" optional value={observations} error={form.errors.fields.observations} onChange={setObservations} />
          <TextAreaField label={t('prototypes.cycle.problems')} name="problems" optional value={problems} error={form.errors.fields.problems} onChange={setProblems} />
        </>
      )}
      {phase === 'study' && (
        <>
          {cycle.plan.questions.map((q, i) => (
            <TextAreaField key={i} label={t('prototypes.cycle.resultFor', { question: q.question })} hint={t('prototypes.cycle.predicted', { prediction: q.prediction })}
              name={`results[${i}]`} value={results[i] ?? ''} error={form.errors.fields[`results[${i}]`]}
              onChange={(value) => setResults((old) => cycle.plan.questions.map((_, j) => (j === i ? value : old[j] ?? '')))} />
          ))}
          <TextAreaField label={t('prototypes.cycle.surprises')} name="surprises" optional value={surprises} error={form.errors.fields.surprises} onChange={setSurprises} />
        </>
      )}
      {phase === 'act' && (
        <>
          <SelectField label={t('prototypes.cycle.decision')} name="act_decision" value={decision} error={form.errors.fields.act_decision}
            onChange={setDecision}
            options={[{ value: '', label: t('prototypes.cycle.undecided') }, ...(['adopt', 'adapt', 'abandon'] as const).map((d) => ({ value: d, label: t(`prototypes.act.${d}`) }))]} />
          <TextAreaField label={t('prototypes.cycle.nextStep')} name="next_step" optional value={nextStep} error={form.errors.fields.next_step} onChange={setNextStep} />
        </>
      )}
      <FormAlert message={form.errors.fields.phase ?? null} />
      <div className="actions">
        {phase !== 'plan' && (
          <button type="submit" className="button" onClick={() => (advancing.current = false)} aria-disabled={form.busy}>
            {t('prototypes.cycle.save')}
          </button>
        )}
        {next && (
          <button type="submit" className="button" onClick={() => (advancing.current = true)} aria-disabled={form.busy}>
            {phase === 'plan' ? t('prototypes.cycle.start', { phase: t(`prototypes.phase.${next}`) }) : t('prototypes.cycle.saveAndMove', { phase: t(`prototypes.phase.${next}`) })}
          </button>
        )}
      </div>
    </form>
  );
}

/** While a cycle has no Do yet its plan may change ("Change the plan"); otherwise, and meanwhile, the phase's form. */
function PlanOrPhaseForm(props: CycleProps) {
  const { t } = useTranslation();
  const { cycle } = props;
  const [replanning, setReplanning] = useState(false);
  const replanButton = useFocusBack(replanning);
  return (
    <>
      {cycle.phase === 'plan' && (replanning ? (
        <CyclePlanForm teamId={props.teamId} prototypeId={props.prototypeId} versionId={props.versionId} versionNumber={props.versionNumber}
          measures={props.measures} cycle={cycle} cancel={() => setReplanning(false)}
          saved={async (status) => { setReplanning(false); await props.changed(status); }} />
      ) : (
        <button type="button" ref={replanButton} className="button" onClick={() => setReplanning(true)}>
          {t('prototypes.plan.change', { number: cycle.number })}
        </button>
      ))}
      {!replanning && <PhaseForm key={cycle.version} {...props} />}
    </>
  );
}

/** One PDSA cycle: its four phases, each labelled, in order; the team's writers fill the current one. */
export function CycleView(props: CycleProps) {
  const { t } = useTranslation();
  const { cycle, versionNumber, measureNames, writable } = props;
  const reached = (phase: CyclePhase) => ['plan', 'do', 'study', 'act'].indexOf(phase) <= ['plan', 'do', 'study', 'act'].indexOf(cycle.phase);
  const headingId = `cycle-${cycle.id}`;
  const when = [cycle.plan.starts_on, cycle.plan.ends_on].filter(Boolean).map((d) => formatDate(d)).join(' – ');
  return (
    <article className="pdsa-cycle" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('prototypes.cycle.heading', { version: versionNumber, number: cycle.number })}{' '}
        <span className="meta">({cycle.complete ? t('prototypes.cycle.complete') : t('prototypes.cycle.inPhase', { phase: t(`prototypes.phase.${cycle.phase}`) })})</span>
      </h4>
      <div className="pdsa-phases">
        <section aria-label={t('prototypes.phase.plan')}>
          <h5>{t('prototypes.phase.plan')}</h5>
          <ol>
            {cycle.plan.questions.map((q, i) => (
              <li key={i}>
                {q.question} <span className="meta">{t('prototypes.cycle.prediction', { prediction: q.prediction || t('prototypes.cycle.notWritten') })}</span>
              </li>
            ))}
          </ol>
          <dl className="facts">
            <Text label={t('prototypes.cycle.measures')} value={cycle.plan.measure_ids.map((m) => measureNames.get(m) ?? `#${m}`).join(', ')} />
            <Text label={t('prototypes.cycle.who')} value={cycle.plan.who} />
            <Text label={t('prototypes.cycle.where')} value={cycle.plan.where} />
            <Text label={t('prototypes.cycle.when')} value={when} />
          </dl>
        </section>
        <section aria-label={t('prototypes.phase.do')}>
          <h5>{t('prototypes.phase.do')}</h5>
          {reached('do') ? (
            <dl className="facts">
              <Text label={t('prototypes.cycle.whatHappened')} value={cycle.do.what_happened} />
              <Text label={t('prototypes.cycle.observations')} value={cycle.do.observations} />
              <Text label={t('prototypes.cycle.problems')} value={cycle.do.problems} />
            </dl>
          ) : <p className="meta">{t('prototypes.cycle.notReached')}</p>}
        </section>
        <section aria-label={t('prototypes.phase.study')}>
          <h5>{t('prototypes.phase.study')}</h5>
          {reached('study') ? (
            <dl className="facts">
              {cycle.plan.questions.map((q, i) => (
                <Text key={i} label={t('prototypes.cycle.resultFor', { question: q.question })} value={cycle.study.results[i]} />
              ))}
              <Text label={t('prototypes.cycle.surprises')} value={cycle.study.surprises} />
            </dl>
          ) : <p className="meta">{t('prototypes.cycle.notReached')}</p>}
        </section>
        <section aria-label={t('prototypes.phase.act')}>
          <h5>{t('prototypes.phase.act')}</h5>
          {reached('act') ? (
            <dl className="facts">
              <Text label={t('prototypes.cycle.decision')} value={cycle.act.decision ? t(`prototypes.act.${cycle.act.decision}`) : ''} />
              <Text label={t('prototypes.cycle.nextStep')} value={cycle.act.next_step} />
            </dl>
          ) : <p className="meta">{t('prototypes.cycle.notReached')}</p>}
        </section>
      </div>
      {writable && <PlanOrPhaseForm {...props} />}
      {writable && cycle.complete && cycle.act.decision === 'adapt' && (
        <button type="button" className="button" onClick={() => props.startNextVersion(cycle)}>{t('prototypes.cycle.startNextVersion')}</button>
      )}
    </article>
  );
}
