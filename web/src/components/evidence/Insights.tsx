import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceApi, type EvidenceEntry, type Insight } from '../../evidenceApi';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { formatDate } from '../../format';
import { CheckboxGroup, FormAlert, SubmitButton, TextAreaField, useForm } from '../forms';

const entryLabel = (t: (key: string) => string, e: EvidenceEntry) =>
  `${t(`evidence.kind.${e.kind}`)}, ${formatDate(e.happened_on)}${e.participants ? ` (${e.participants})` : ''}`;

/** The team's insights, each with the evidence behind it, and (for the plan's writers) a form to write one. */
export function Insights({ teamId, insights, entries, may, created }: {
  teamId: number;
  insights: Insight[];
  entries: EvidenceEntry[];
  may: boolean;
  created: (insight: Insight) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ labels: { evidence_ids: t('evidence.insights.behind') } });
  const [statement, setStatement] = useState('');
  const [behind, setBehind] = useState<string[]>([]);
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), { ...FORM_RULES.insight, evidence_ids: { required: true } },
      { statement, evidence_ids: behind.join(',') });
    const insight = await evidenceApi.addInsight(teamId, statement, behind.map(Number));
    setStatement('');
    setBehind([]);
    created(insight);
  });
  return (
    <section aria-labelledby="insights">
      <h2 id="insights">{t('evidence.insights.title')}</h2>
      {insights.length === 0 ? <p>{t('evidence.insights.none')}</p> : (
        <ul className="cards">
          {insights.map((insight) => (
            <li key={insight.id}>
              <p><strong>{insight.statement}</strong></p>
              <p className="meta">{t('evidence.insights.basedOn', { count: insight.evidence_ids.length })}</p>
              <ul>
                {insight.evidence_ids.map((id) => {
                  const entry = entries.find((e) => e.id === id);
                  return entry ? <li key={id}>{entryLabel(t, entry)}</li> : null;
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {may && entries.length > 0 && (
        <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="insight-add">
          <h3 id="insight-add">{t('evidence.insights.add')}</h3>
          <FormAlert message={form.errors.form} />
          <TextAreaField label={t('evidence.insights.statement')} name="statement" value={statement}
            error={form.errors.fields.statement} onChange={setStatement} />
          <CheckboxGroup legend={t('evidence.insights.behind')} name="evidence_ids" value={behind} onChange={setBehind}
            error={form.errors.fields.evidence_ids}
            options={entries.map((e) => ({ value: String(e.id), label: entryLabel(t, e) }))} />
          <SubmitButton busy={form.busy}>{t('evidence.insights.submit')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
