import { useTranslation } from 'react-i18next';
import { GRADE_SPANS, TEAM_ROLES, type Perspective } from '../../api';
import { CheckboxGroup, SelectField, TextField } from '../forms';
import { type Labels } from './labels';
import { type Draft } from './memberDraft';

/** The fields a member has beyond name and e-mail, shared by the add and edit forms. */
export function MemberFields({
  draft,
  setDraft,
  errors,
  catalogue,
  labels,
}: {
  draft: Draft;
  setDraft: (draft: Draft) => void;
  errors: Record<string, string>;
  catalogue: Perspective[];
  labels: Labels;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('field.role')}
        name="role"
        value={draft.role}
        onChange={(role) => setDraft({ ...draft, role })}
        options={TEAM_ROLES.map((value) => ({ value, label: labels.role(value) }))}
        error={errors.role}
      />
      <CheckboxGroup
        legend={t('team.perspectives')}
        name="perspectives"
        hint={t('team.perspectivesHint')}
        options={catalogue.map((p) => ({ value: p.key, label: labels.perspective(p.key) }))}
        value={draft.perspectives}
        onChange={(perspectives) => setDraft({ ...draft, perspectives })}
        error={errors.perspectives}
      />
      <CheckboxGroup
        legend={t('team.gradeSpans')}
        name="grade_spans"
        options={GRADE_SPANS.map((value) => ({ value, label: labels.span(value) }))}
        value={draft.grade_spans}
        onChange={(grade_spans) => setDraft({ ...draft, grade_spans })}
        error={errors.grade_spans}
      />
      <TextField
        label={t('team.contentAreas')}
        name="content_areas"
        optional
        hint={t('form.commaSeparated')}
        value={draft.content_areas}
        onChange={(e) => setDraft({ ...draft, content_areas: e.target.value })}
        error={errors.content_areas}
      />
      <TextField
        label={t('team.skills')}
        name="skills"
        optional
        hint={t('form.commaSeparated')}
        value={draft.skills}
        onChange={(e) => setDraft({ ...draft, skills: e.target.value })}
        error={errors.skills}
      />
    </>
  );
}
