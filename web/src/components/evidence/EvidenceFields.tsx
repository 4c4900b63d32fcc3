import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DataView } from '../../dataApi';
import { indicatorName } from '../../dataLabels';
import { EVIDENCE_KINDS, type EvidenceEntry, type EvidenceInput, type EvidenceKind } from '../../evidenceApi';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { SelectField, TextAreaField, TextField } from '../forms';

/** What the evidence form holds while it is typed: quotes as one text, one quote a line. */
export interface EvidenceDraft {
  kind: EvidenceKind;
  happened_on: string;
  participants: string;
  notes: string;
  quotes: string;
  data_view_id: string;
}

export function emptyDraft(today: string, dataViews: DataView[]): EvidenceDraft {
  return { kind: 'empathy_interview', happened_on: today, participants: '', notes: '', quotes: '',
    data_view_id: dataViews[0] ? String(dataViews[0].id) : '' };
}

export function draftOf(entry: EvidenceEntry, dataViews: DataView[]): EvidenceDraft {
  return { kind: entry.kind, happened_on: entry.happened_on, participants: entry.participants ?? '',
    notes: entry.notes ?? '', quotes: entry.quotes.join('\n'),
    data_view_id: entry.data_view_id != null ? String(entry.data_view_id) : dataViews[0] ? String(dataViews[0].id) : '' };
}

export function inputOf(draft: EvidenceDraft): EvidenceInput {
  return {
    kind: draft.kind, happened_on: draft.happened_on, participants: draft.participants, notes: draft.notes,
    quotes: draft.quotes.split('\n').map((q) => q.trim()).filter(Boolean),
    data_view_id: draft.kind === 'data_view' && draft.data_view_id ? Number(draft.data_view_id) : null,
  };
}

/** The browser-side checks of the server's rules (FORM_RULES.evidence); throws the form's problem. */
export function checkDraft(t: TFunction, draft: EvidenceDraft): void {
  checkFields(t('errors.checkFields'), FORM_RULES.evidence,
    { happened_on: draft.happened_on, participants: draft.participants, notes: draft.notes });
}

/** The fields of an evidence entry, shared by recording one and editing one. */
export function EvidenceFields({ draft, set, dataViews, errors }: {
  draft: EvidenceDraft;
  set: (draft: EvidenceDraft) => void;
  dataViews: DataView[];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const field = <K extends keyof EvidenceDraft>(name: K) => (value: EvidenceDraft[K]) => set({ ...draft, [name]: value });
  return (
    <>
      <SelectField label={t('evidence.form.kind')} name="kind" value={draft.kind} onChange={field('kind')} error={errors.kind}
        options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidence.kind.${k}`) }))} />
      {draft.kind === 'data_view' && (dataViews.length ? (
        <SelectField label={t('evidence.form.dataView')} name="data_view_id" value={draft.data_view_id}
          onChange={field('data_view_id')} error={errors.data_view_id}
          options={dataViews.map((v) => ({ value: String(v.id), label: `${indicatorName(t, v.indicator)} ${v.year}${v.org_name ? ` — ${v.org_name}` : ''}` }))} />
      ) : (
        <p className="hint">{t('evidence.form.noDataViews')}</p>
      ))}
      <TextField label={t('evidence.form.date')} name="happened_on" type="date" value={draft.happened_on}
        error={errors.happened_on} onChange={(e) => field('happened_on')(e.target.value)} />
      <TextField label={t('evidence.form.participants')} hint={t('evidence.form.participantsHint')} name="participants"
        optional value={draft.participants} error={errors.participants} onChange={(e) => field('participants')(e.target.value)} />
      <TextAreaField label={t('evidence.form.notes')} name="notes" optional value={draft.notes} error={errors.notes}
        onChange={field('notes')} />
      <TextAreaField label={t('evidence.form.quotes')} hint={t('evidence.form.quotesHint')} name="quotes" optional
        value={draft.quotes} error={errors.quotes} onChange={field('quotes')} />
    </>
  );
}
