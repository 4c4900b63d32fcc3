import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFields } from '../../fieldChecks';
import { formatDate } from '../../format';
import { FORM_RULES } from '../../formRules';
import { problemApi, type Problem } from '../../problemApi';
import { FormAlert, Status, SubmitButton, TextAreaField, TextField, useForm } from '../forms';

/** Who is failed and how we know, and the aim (what, for whom, how much, by when): read, or edited as one form. */
export function ProblemStatement({ teamId, problem, editable, changed }: { teamId: number; problem: Problem; editable: boolean; changed: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const written = problem.version > 0;
  return (
    <div className="problem-statement">
      <h3>{t('problem.statement')}</h3>
      <Status message={status} />
      {editing ? (
        <ProblemForm
          teamId={teamId}
          problem={problem}
          done={async (saved) => {
            setEditing(false);
            if (saved) {
              await changed();
              setStatus(t('problem.saved'));
            }
          }}
        />
      ) : (
        <>
          {written ? (
            <dl className="problem-fields">
              <dt>{t('problem.whoIsFailed')}</dt>
              <dd>{problem.who_is_failed || t('problem.notYet')}</dd>
              <dt>{t('problem.howWeKnow')}</dt>
              <dd>{problem.how_we_know || t('problem.notYet')}</dd>
              <dt>{t('problem.aimWhat')}</dt>
              <dd>{problem.aim.what || t('problem.notYet')}</dd>
              <dt>{t('problem.aimForWhom')}</dt>
              <dd>{problem.aim.for_whom || t('problem.notYet')}</dd>
              <dt>{t('problem.aimHowMuch')}</dt>
              <dd>{problem.aim.how_much || t('problem.notYet')}</dd>
              <dt>{t('problem.aimByWhen')}</dt>
              <dd>{problem.aim.by_when ? formatDate(problem.aim.by_when) : t('problem.notYet')}</dd>
            </dl>
          ) : (
            <p>{t('problem.none')}</p>
          )}
          {editable && (
            <button type="button" className="button" onClick={() => { setStatus(null); setEditing(true); }}>
              {t(written ? 'problem.edit' : 'problem.write')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

function ProblemForm({ teamId, problem, done }: { teamId: number; problem: Problem; done: (saved: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const labels = {
    who_is_failed: t('problem.whoIsFailed'),
    how_we_know: t('problem.howWeKnow'),
    aim_what: t('problem.aimWhat'),
    aim_for_whom: t('problem.aimForWhom'),
    aim_how_much: t('problem.aimHowMuch'),
    aim_by_when: t('problem.aimByWhen'),
  };
  const form = useForm({ labels });
  const [values, setValues] = useState({
    who_is_failed: problem.who_is_failed,
    how_we_know: problem.how_we_know,
    aim_what: problem.aim.what,
    aim_for_whom: problem.aim.for_whom,
    aim_how_much: problem.aim.how_much,
    aim_by_when: problem.aim.by_when ?? '',
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const onSubmit = form.submit(async () => {
    checkFields(t('errors.checkFields'), FORM_RULES.problem, values);
    await problemApi.put(teamId, { ...values, aim_by_when: values.aim_by_when || null, version: problem.version });
    await done(true);
  });
  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-label={t('problem.formLabel')}>
      <FormAlert message={form.errors.form} />
      <TextAreaField label={labels.who_is_failed} hint={t('problem.whoIsFailedHint')} name="who_is_failed" value={values.who_is_failed}
        error={form.errors.fields.who_is_failed} onChange={set('who_is_failed')} />
      <TextAreaField label={labels.how_we_know} hint={t('problem.howWeKnowHint')} name="how_we_know" value={values.how_we_know}
        error={form.errors.fields.how_we_know} onChange={set('how_we_know')} />
      <fieldset>
        <legend>{t('problem.aim')}</legend>
        <TextField label={labels.aim_what} name="aim_what" value={values.aim_what} error={form.errors.fields.aim_what}
          onChange={(e) => set('aim_what')(e.target.value)} />
        <TextField label={labels.aim_for_whom} name="aim_for_whom" value={values.aim_for_whom} error={form.errors.fields.aim_for_whom}
          onChange={(e) => set('aim_for_whom')(e.target.value)} />
        <TextField label={labels.aim_how_much} hint={t('problem.aimHowMuchHint')} name="aim_how_much" value={values.aim_how_much}
          error={form.errors.fields.aim_how_much} onChange={(e) => set('aim_how_much')(e.target.value)} />
        <TextField label={labels.aim_by_when} name="aim_by_when" type="date" optional value={values.aim_by_when}
          error={form.errors.fields.aim_by_when} onChange={(e) => set('aim_by_when')(e.target.value)} />
      </fieldset>
      <SubmitButton busy={form.busy}>{t('problem.save')}</SubmitButton>{' '}
      <button type="button" className="button" onClick={() => void done(false)}>{t('problem.cancel')}</button>
    </form>
  );
}
