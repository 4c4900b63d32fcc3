import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { formatDate } from '../../format';
import { planApi, type Vision } from '../../planApi';
import { EditConflict, type ConflictWords } from '../EditConflict';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { FormAlert, Status, SubmitButton, TextAreaField, useForm } from '../forms';

function useVisionConflictWords(): ConflictWords {
  const { t } = useTranslation();
  return {
    title: t('plan.vision.conflictTitle'),
    text: t('plan.vision.conflictText'),
    theirs: t('plan.vision.theirs'),
    mine: t('plan.vision.mine'),
    choice: t('plan.vision.conflictChoice'),
    keepMine: t('plan.vision.keepMine'),
    useTheirs: t('plan.vision.useTheirs'),
  };
}

function History({ teamId }: { teamId: number }) {
  const { t } = useTranslation();
  const [versions, setVersions] = useState<{ version: number; text: string; written_by_name: string; written_at: string }[] | null>(null);
  if (!versions)
    return (
      <button type="button" className="button button-small no-print" onClick={() => void planApi.visionHistory(teamId).then((h) => setVersions(h.versions))}>
        {t('plan.vision.showHistory')}
      </button>
    );
  return (
    <div className="vision-history">
      <h3>{t('plan.vision.history')}</h3>
      <ol>
        {versions.map((v) => (
          <li key={v.version}>
            <span className="meta">{t('plan.vision.writtenBy', { version: v.version, name: v.written_by_name, date: formatDate(v.written_at.slice(0, 10)) })}</span>
            <blockquote>{v.text}</blockquote>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The team's vision: shown, and for contributors edited with the version last read (a stale save shows both). */
export function VisionSection({ teamId, vision, canEdit, reload }: { teamId: number; vision: Vision | null; canEdit: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const words = useVisionConflictWords();
  const [text, setText] = useState(vision?.text ?? '');
  const [base, setBase] = useState(vision?.version ?? 0);
  const [conflict, setConflict] = useState<Vision | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = form.submit(async () => {
    setStatus(null);
    checkFields(t('errors.checkFields'), FORM_RULES.planVision, { text });
    try {
      const saved = await planApi.putVision(teamId, text, base);
      setBase(saved.version);
      setConflict(null);
      await reload();
      setStatus(t('plan.vision.saved'));
    } catch (failure) {
      const current = failure instanceof ApiError && failure.problem.status === 409 ? (failure.problem as unknown as { current?: Vision }).current : undefined;
      if (failure instanceof ApiError && failure.problem.status === 409) {
        const latest = current ?? (await planApi.getPlan(teamId)).vision;
        if (latest) {
          setConflict(latest);
          return;
        }
      }
      throw failure;
    }
  });
  return (
    <section aria-labelledby="plan-vision">
      <h2 id="plan-vision">{t('plan.vision.title')}</h2>
      {vision ? (
        <>
          <blockquote className="plan-vision">{vision.text}</blockquote>
          <p className="meta">{t('plan.vision.writtenBy', { version: vision.version, name: vision.written_by_name, date: formatDate(vision.written_at.slice(0, 10)) })}</p>
          <History teamId={teamId} />
        </>
      ) : (
        <p>{t('plan.vision.none')}</p>
      )}
      {canEdit && (
        <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print" aria-labelledby="plan-vision-edit">
          <h3 id="plan-vision-edit">{vision ? t('plan.vision.edit') : t('plan.vision.write')}</h3>
          <FormAlert message={form.errors.form} />
          {conflict && (
            <EditConflict id="vision" level={4} words={words}
              theirs={<blockquote data-testid="theirs">{conflict.text}</blockquote>}
              mine={<blockquote>{text}</blockquote>}
              onKeepMine={() => { setBase(conflict.version); setConflict(null); }}
              onUseTheirs={() => { setText(conflict.text); setBase(conflict.version); setConflict(null); }} />
          )}
          <TextAreaField label={t('plan.vision.text')} name="text" value={text} onChange={setText} error={form.errors.fields.text} />
          <SubmitButton busy={form.busy}>{t('plan.vision.save')}</SubmitButton>
          <Status message={status} />
        </form>
      )}
    </section>
  );
}
