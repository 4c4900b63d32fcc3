import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, MEASURE_DIRECTIONS, type MeasureDirection, type MeasureInput, type MeasureSummary } from '../../api';
import { formatDate } from '../../format';
import { ruleNames, withUnit } from '../../measures';
import { ExportLinks } from '../ExportLinks';
import { FormAlert, RadioGroup, SubmitButton, TextAreaField, TextField, useForm } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { InlineFailure, Loading, useLoad } from '../page';

function MeasureItem({ measure }: { measure: MeasureSummary }) {
  const { t } = useTranslation();
  const latest = measure.latest;
  return (
    <li>
      <Link to={`/measures/${measure.id}`}>{measure.name}</Link>
      <span className="meta">
        {latest ? t('measures.latest', { value: withUnit(latest.value, measure.unit), date: formatDate(latest.date) }) : t('measures.noPoints')}
        {' · '}
        {t('measures.points', { count: measure.point_count })}
      </span>
      <span className="meta">{t('measures.signals', { list: ruleNames(t, measure.signals, t('measures.noSignals')) })}</span>
    </li>
  );
}

interface Draft {
  name: string;
  unit: string;
  direction: MeasureDirection;
  numerator: string;
  denominator: string;
  baseline: string;
}

const emptyDraft: Draft = { name: '', unit: '', direction: 'higher_is_better', numerator: '', denominator: '', baseline: '' };

/** The draft as the API takes it, or the field errors found before sending. */
function toInput(t: (key: string) => string, draft: Draft): { input: MeasureInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!draft.name.trim()) errors.name = t('measures.create.nameRequired');
  if (!draft.unit.trim()) errors.unit = t('measures.create.unitRequired');
  const baseline = draft.baseline.trim();
  if (baseline && (!/^\d+$/.test(baseline) || Number(baseline) < 1 || Number(baseline) > 1000))
    errors.baseline_points = t('measures.create.baselineInvalid');
  if (Object.keys(errors).length) return { errors };
  const input: MeasureInput = {
    name: draft.name.trim(),
    unit: draft.unit.trim(),
    direction: draft.direction,
    numerator: draft.numerator.trim(),
    denominator: draft.denominator.trim(),
    baseline_points: baseline ? Number(baseline) : null,
  };
  return { input };
}

function MeasureFields({ draft, set, errors }: { draft: Draft; set: (change: Partial<Draft>) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('measures.create.name')} hint={t('measures.create.nameHint')} name="name" value={draft.name}
        onChange={(e) => set({ name: e.target.value })} error={errors.name} />
      <TextField label={t('measures.create.unit')} hint={t('measures.create.unitHint')} name="unit" value={draft.unit}
        onChange={(e) => set({ unit: e.target.value })} error={errors.unit} />
      <RadioGroup legend={t('measures.create.direction')} name="direction" value={draft.direction}
        options={MEASURE_DIRECTIONS.map((value) => ({ value, label: t(`measures.direction.${value}`) }))}
        onChange={(direction) => set({ direction })} error={errors.direction} />
      <TextAreaField label={t('measures.create.numerator')} name="numerator" optional value={draft.numerator}
        onChange={(numerator) => set({ numerator })} error={errors.numerator} />
      <TextAreaField label={t('measures.create.denominator')} name="denominator" optional value={draft.denominator}
        onChange={(denominator) => set({ denominator })} error={errors.denominator} />
      <TextField label={t('measures.create.baseline')} hint={t('measures.create.baselineHint')} name="baseline_points" optional
        inputMode="numeric" value={draft.baseline} onChange={(e) => set({ baseline: e.target.value })} error={errors.baseline_points} />
    </>
  );
}

/** Starts a measure; on success the new measure's page opens (its heading takes focus there, as every page's does).
 * Once the team has measures the form waits behind a disclosure, so the tab shows them first. */
function CreateMeasure({ teamId, open }: { teamId: number; open: boolean }) {
  const { t } = useTranslation();
  const form = useForm();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const onSubmit = form.submit(async () => {
    const checked = toInput(t, draft);
    const values = { name: draft.name, unit: draft.unit, numerator: draft.numerator, denominator: draft.denominator };
    checkFields(t('errors.checkFields'), FORM_RULES.measure, values, 'errors' in checked ? checked.errors : {});
    if ('errors' in checked) return; // (checkFields threw already)
    const created = await api.createMeasure(teamId, checked.input);
    navigate(`/measures/${created.id}`);
  });
  return (
    <details className="disclosure" open={open}>
      <summary id="create-measure">{t('measures.create.title')}</summary>
      <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="create-measure">
        <FormAlert message={form.errors.form} />
        <MeasureFields draft={draft} set={(change) => setDraft((d) => ({ ...d, ...change }))} errors={form.errors.fields} />
        <SubmitButton busy={form.busy}>{t('measures.create.submit')}</SubmitButton>
      </form>
    </details>
  );
}

/** The team page's measures: each with its latest value and its signals, and for contributors a way to start one. */
export function TeamMeasures({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => api.listTeamMeasures(teamId), [teamId]);
  return (
    <section aria-labelledby="measures">
      <h2 id="measures">{t('measures.title')}</h2>
      <p>{t('measures.intro')}</p>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' && (
        <>
          {load.data.measures.length ? (
            <ul className="cards measure-list">
              {load.data.measures.map((m) => (
                <MeasureItem key={m.id} measure={m} />
              ))}
            </ul>
          ) : (
            <p>{t('measures.none')}</p>
          )}
          {load.data.measures.length > 0 && <ExportLinks teamId={teamId} headingLevel={3} />}
          {load.data.may.contribute && <CreateMeasure teamId={teamId} open={load.data.measures.length === 0} />}
        </>
      )}
    </section>
  );
}
