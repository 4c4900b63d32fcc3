import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataView } from '../../dataApi';
import { indicatorName } from '../../dataLabels';
import { EVIDENCE_KINDS, evidenceApi, type EvidenceEntry, type EvidenceKind } from '../../evidenceApi';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField, useForm } from '../forms';

/**
 * Records one evidence entry. Who took part is asked as roles: the hint says "roles, not names of students" and no
 * field asks for a name (nothing typed is refused for it either: the team is trusted, the form guides). A data view
 * entry picks one of the team's own guide data views; quotes are one a line.
 */
export function EvidenceForm({ teamId, dataViews, today, created }: {
  teamId: number;
  dataViews: DataView[];
  today: string;
  created: (entry: EvidenceEntry) => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [kind, setKind] = useState<EvidenceKind>('empathy_interview');
  const [date, setDate] = useState(today);
  const [participants, setParticipants] = useState('');
  const [notes, setNotes] = useState('');
  const [quotes, setQuotes] = useState('');
  const [view, setView] = useState(dataViews[0] ? String(dataViews[0].id) : '');
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.evidence, { happened_on: date, participants, notes });
    const quoteList = quotes.split('\n').map((q) => q.trim()).filter(Boolean);
    const entry = await evidenceApi.add(teamId, {
      kind, happened_on: date, participants, notes, quotes: quoteList,
      data_view_id: kind === 'data_view' && view ? Number(view) : null,
    });
    setParticipants('');
    setNotes('');
    setQuotes('');
    created(entry);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="evidence-add">
      <h2 id="evidence-add">{t('evidence.form.title')}</h2>
      <FormAlert message={form.errors.form} />
      <SelectField label={t('evidence.form.kind')} name="kind" value={kind} onChange={setKind} error={form.errors.fields.kind}
        options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidence.kind.${k}`) }))} />
      {kind === 'data_view' && (dataViews.length ? (
        <SelectField label={t('evidence.form.dataView')} name="data_view_id" value={view} onChange={setView}
          error={form.errors.fields.data_view_id}
          options={dataViews.map((v) => ({ value: String(v.id), label: `${indicatorName(t, v.indicator)} ${v.year}${v.org_name ? ` — ${v.org_name}` : ''}` }))} />
      ) : (
        <p className="hint">{t('evidence.form.noDataViews')}</p>
      ))}
      <TextField label={t('evidence.form.date')} name="happened_on" type="date" value={date}
        error={form.errors.fields.happened_on} onChange={(e) => setDate(e.target.value)} />
      <TextField label={t('evidence.form.participants')} hint={t('evidence.form.participantsHint')} name="participants"
        optional value={participants} error={form.errors.fields.participants} onChange={(e) => setParticipants(e.target.value)} />
      <TextAreaField label={t('evidence.form.notes')} name="notes" optional value={notes} error={form.errors.fields.notes}
        onChange={setNotes} />
      <TextAreaField label={t('evidence.form.quotes')} hint={t('evidence.form.quotesHint')} name="quotes" optional
        value={quotes} error={form.errors.fields.quotes} onChange={setQuotes} />
      <SubmitButton busy={form.busy}>{t('evidence.form.submit')}</SubmitButton>
    </form>
  );
}
