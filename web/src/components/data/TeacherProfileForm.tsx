import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, GRADE_SPANS, type GradeSpan } from '../../api';
import { dataApi, type TeacherProfile } from '../../dataApi';
import { hasKeys, useDraft } from './useDraft';
import { ProgramTypesField, programTypesDraft, programTypesToSend, type ProgramTypesDraft } from './ProgramTypesField';
import { RestoredDraft } from './RestoredDraft';
import { useUser } from '../../session';
import { CheckboxGroup, FormAlert, Status, SubmitButton, TextAreaField, TextField, splitList, useForm } from '../forms';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';

interface Draft {
  credentials: string;
  years_experience: string;
  languages: string;
  grade_spans: GradeSpan[];
  program_types: ProgramTypesDraft;
  learning_needs: string;
  professional_organizations: string;
}

const draftOf = (p: TeacherProfile | null): Draft => ({
  credentials: p?.credentials.join(', ') ?? '',
  years_experience: p?.years_experience == null ? '' : String(p.years_experience),
  languages: p?.languages.join(', ') ?? '',
  grade_spans: (p?.grade_spans ?? []).filter((s): s is GradeSpan => (GRADE_SPANS as string[]).includes(s)),
  program_types: programTypesDraft(p?.program_types ?? []),
  learning_needs: p?.learning_needs.join('\n') ?? '',
  professional_organizations: p?.professional_organizations.join(', ') ?? '',
});

const lines = (text: string) => [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];

/** "My teacher profile": what a teacher says of themselves (a staff import never replaces it). */
export function TeacherProfileForm({ orgId, initial, onSaved }: { orgId: number; initial: TeacherProfile | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm();
  const user = useUser();
  // What is typed is kept in this browser until saved (a reload loses nothing).
  const stored = useDraft<Draft>(`teacher-profile.${user.id}.${orgId}`, draftOf(initial), hasKeys<Draft>('credentials', 'languages', 'learning_needs'));
  const draft = stored.value;
  const setDraft = stored.set;
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [current, setCurrent] = useState<TeacherProfile | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const e = form.errors.fields;

  const onSubmit = form.submit(async () => {
    setStatus(null);
    const years = draft.years_experience.trim();
    checkFields(t('errors.checkFields'), FORM_RULES.teacherProfile, { years_experience: years });
    try {
      const { profile } = await dataApi.saveMyProfile(orgId, {
        version,
        credentials: splitList(draft.credentials),
        years_experience: years ? Number(years) : null,
        languages: splitList(draft.languages),
        grade_spans: draft.grade_spans,
        program_types: programTypesToSend(draft.program_types),
        learning_needs: lines(draft.learning_needs),
        professional_organizations: splitList(draft.professional_organizations),
      });
      setVersion(profile.version);
      stored.forget();
      setCurrent(null);
      setStatus(t('data.teachers.profileSaved'));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.is('stale-edit')) {
        const latest = (error.problem.current as { profile: TeacherProfile | null } | undefined)?.profile ?? null;
        setCurrent(latest);
        setVersion(latest?.version ?? 0);
        throw new ApiError({ ...error.problem, detail: t('data.teachers.stale') });
      }
      throw error;
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-labelledby="my-profile">
      <h2 id="my-profile">{t('data.teachers.myProfile')}</h2>
      <p>{t('data.teachers.myProfileIntro')}</p>
      <FormAlert message={form.errors.form} />
      <RestoredDraft restored={stored.restored} onDiscard={stored.discard} />
      {current && (
        <div className="conflict">
          <p>{t('data.teachers.currentSaved', { languages: current.languages.join(', ') || '—', experience: current.years_experience === null || current.years_experience === undefined ? t('data.teachers.experienceUnknown') : t('data.teachers.experience', { count: current.years_experience }) })}</p>
          <button type="button" className="button" onClick={() => (setDraft(draftOf(current)), stored.forget(), setCurrent(null), form.clear())}>
            {t('data.settings.useCurrent')}
          </button>
        </div>
      )}
      <TextField label={t('data.teachers.credentials')} name="credentials" hint={t('form.commaSeparated')} value={draft.credentials} onChange={(ev) => set({ credentials: ev.target.value })} error={e.credentials} />
      <TextField label={t('data.teachers.years')} name="years_experience" inputMode="numeric" optional value={draft.years_experience} onChange={(ev) => set({ years_experience: ev.target.value })} error={e.years_experience} />
      <TextField label={t('data.teachers.languages')} name="languages" hint={t('form.commaSeparated')} value={draft.languages} onChange={(ev) => set({ languages: ev.target.value })} error={e.languages} />
      <CheckboxGroup legend={t('data.teachers.gradeSpans')} name="grade_spans" options={GRADE_SPANS.map((value) => ({ value, label: t(`gradeSpan.${value}`) }))} value={draft.grade_spans} onChange={(grade_spans) => set({ grade_spans })} error={e.grade_spans} />
      <ProgramTypesField legend={t('data.teachers.programTypes')} name="program_types" value={draft.program_types} onChange={(program_types) => set({ program_types })} error={e.program_types} />
      <TextAreaField label={t('data.teachers.learningNeeds')} name="learning_needs" hint={t('data.teachers.learningNeedsHint')} value={draft.learning_needs} onChange={(learning_needs) => set({ learning_needs })} error={e.learning_needs} />
      <TextField label={t('data.teachers.organizations')} name="professional_organizations" optional hint={t('form.commaSeparated')} value={draft.professional_organizations} onChange={(ev) => set({ professional_organizations: ev.target.value })} error={e.professional_organizations} />
      <SubmitButton busy={form.busy}>{t('data.teachers.saveProfile')}</SubmitButton>
      <Status message={status} />
    </form>
  );
}
