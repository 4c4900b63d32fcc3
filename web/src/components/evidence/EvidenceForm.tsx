import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataView } from '../../dataApi';
import { evidenceApi, type EvidenceEntry } from '../../evidenceApi';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { EvidenceFields, checkDraft, emptyDraft, inputOf, type EvidenceDraft } from './EvidenceFields';

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
  const [draft, setDraft] = useState<EvidenceDraft>(() => emptyDraft(today, dataViews));
  const onSubmit = form.submit(async () => {
    checkDraft(t, draft);
    const entry = await evidenceApi.add(teamId, inputOf(draft));
    setDraft((d) => ({ ...d, participants: '', notes: '', quotes: '' }));
    created(entry);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="evidence-add">
      <h2 id="evidence-add">{t('evidence.form.title')}</h2>
      <FormAlert message={form.errors.form} />
      <EvidenceFields draft={draft} set={setDraft} dataViews={dataViews} errors={form.errors.fields} />
      <SubmitButton busy={form.busy}>{t('evidence.form.submit')}</SubmitButton>
    </form>
  );
}
