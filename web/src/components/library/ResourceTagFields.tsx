// A resource's language, topics and grade span, in the add and edit form.
import { useTranslation } from 'react-i18next';
import { LIBRARY_TOPICS } from '../../libraryApi';
import { CheckboxGroup, SelectField } from '../forms';

const GRADES = ['', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];

export interface ResourceTags {
  language: 'en' | 'es';
  topics: string[];
  gradeFrom: string;
  gradeTo: string;
}

export function ResourceTagFields({ tags, change, errors }: { tags: ResourceTags; change: (tags: ResourceTags) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const gradeOptions = GRADES.map((g) => ({ value: g, label: g === '' ? t('library.form.noGrade') : g === '0' ? t('library.kindergarten') : g }));
  return (
    <>
      <SelectField<'en' | 'es'>
        label={t('library.form.language')}
        name="language"
        value={tags.language}
        onChange={(language) => change({ ...tags, language })}
        options={[
          { value: 'en', label: t('library.form.english') },
          { value: 'es', label: t('library.form.spanish') },
        ]}
        error={errors.language}
      />
      <CheckboxGroup
        legend={t('library.form.topics')}
        name="topics"
        value={tags.topics}
        onChange={(topics) => change({ ...tags, topics })}
        options={LIBRARY_TOPICS.map((topic) => ({ value: topic, label: t(`matching.topics.${topic}`) }))}
        error={errors.topics}
      />
      <SelectField label={t('library.form.gradeFrom')} name="grade_from" value={tags.gradeFrom} onChange={(gradeFrom) => change({ ...tags, gradeFrom })} options={gradeOptions} error={errors.grade_from} />
      <SelectField label={t('library.form.gradeTo')} name="grade_to" value={tags.gradeTo} onChange={(gradeTo) => change({ ...tags, gradeTo })} options={gradeOptions} error={errors.grade_to} />
    </>
  );
}
