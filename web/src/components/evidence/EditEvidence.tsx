import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataView } from '../../dataApi';
import { evidenceApi, type EvidenceEntry } from '../../evidenceApi';
import { EditConflict, staleCurrent, useConflictFocus, useConflictWords } from '../EditConflict';
import { FormAlert, SubmitButton, useForm } from '../forms';
import { EvidenceSummary } from './EvidenceCard';
import { EvidenceFields, checkDraft, draftOf, inputOf, type EvidenceDraft } from './EvidenceFields';

/**
 * Corrects a recorded entry in place (on its theme board card). Someone saving it first (a stale version) shows
 * their entry beside the one typed here, which stays in the form until the user picks.
 */
export function EditEvidence({ teamId, entry, dataViews, idSuffix, saved, cancel }: {
  teamId: number;
  entry: EvidenceEntry;
  dataViews: DataView[];
  /** Tells apart the cards of one entry shown in several theme columns. */
  idSuffix: string;
  saved: (entry: EvidenceEntry) => void;
  cancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const words = useConflictWords('evidence.edit');
  const [draft, setDraft] = useState<EvidenceDraft>(() => draftOf(entry, dataViews));
  const [base, setBase] = useState(entry.version);
  const [conflict, setConflict] = useState<EvidenceEntry | null>(null);
  const headingId = `edit-evidence-${entry.id}-${idSuffix}`;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const picked = useConflictFocus(conflict, form.formRef);
  const pick = (version: number) => { picked(); setBase(version); setConflict(null); };
  const onSubmit = form.submit(async () => {
    checkDraft(t, draft);
    try {
      saved(await evidenceApi.update(teamId, entry.id, { ...inputOf(draft), version: base }));
    } catch (failure) {
      const current = staleCurrent<EvidenceEntry>(failure);
      if (!current) throw failure;
      setConflict(current);
    }
  });
  const mine = { ...entry, ...inputOf(draft) };
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1}>{t('evidence.edit.title')}</h4>
      <FormAlert message={form.errors.form} />
      {conflict && (
        <EditConflict id={headingId} level={5} words={words}
          theirs={<EvidenceSummary entry={conflict} />} mine={<EvidenceSummary entry={mine} />}
          onKeepMine={() => pick(conflict.version)}
          onUseTheirs={() => { setDraft(draftOf(conflict, dataViews)); pick(conflict.version); }} />
      )}
      <EvidenceFields draft={draft} set={setDraft} dataViews={dataViews} errors={form.errors.fields} />
      <div className="actions">
        <SubmitButton busy={form.busy}>{t('evidence.edit.save')}</SubmitButton>{' '}
        <button type="button" className="button" onClick={cancel}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}
