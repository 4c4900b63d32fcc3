// The resource form's guide section: one list, the sections grouped by guide and module, or none.
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../guides';
import { Field } from '../forms';
import { useLoad } from '../page';
import { loadGuides, sectionKey } from './guideSections';

export function GuideSectionField({ value, change, error }: { value: string; change: (key: string) => void; error?: string }) {
  const { t } = useTranslation();
  const [guides] = useLoad(() => loadGuides(), []);
  const all = guides.state === 'ready' ? guides.data : [];
  return (
    <Field label={t('library.form.section')} name="section_id" hint={t('library.form.sectionHint')} optional error={error}>
      {(control) => (
        <select value={value} onChange={(event) => change(event.target.value)} {...control}>
          <option value="">{t('library.form.noSection')}</option>
          {all.flatMap((guide) => guide.modules.map((module) => (
            <optgroup key={`${guide.id}/${module.id}`} label={`${inLanguage(guide.title)}: ${inLanguage(module.title)}`}>
              {module.sections.map((section) => (
                <option key={section.id} value={sectionKey(guide.id, section.id)}>{inLanguage(section.title)}</option>
              ))}
            </optgroup>
          )))}
        </select>
      )}
    </Field>
  );
}
