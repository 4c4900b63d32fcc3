import { useTranslation } from 'react-i18next';
import type { GuideInfo } from '../../api';
import { inLanguage } from '../../guides';
import { SelectField } from '../forms';

/** Which module of the guide to plan: a choice when there are several, said in a line when there is one. */
export function ModuleChoice({ guide, moduleId, choose, error }: { guide: GuideInfo; moduleId: string; choose: (moduleId: string) => void; error?: string }) {
  const { t } = useTranslation();
  const module = guide.modules.find((m) => m.id === moduleId);
  if (guide.modules.length > 1)
    return (
      <SelectField
        label={t('guide.plan.module')}
        name="module"
        value={moduleId}
        options={guide.modules.map((m) => ({ value: m.id, label: inLanguage(m.title) }))}
        onChange={choose}
        error={error}
      />
    );
  if (!module) return null;
  return (
    <p>
      <strong>{t('guide.plan.module')}:</strong> {inLanguage(module.title)}
    </p>
  );
}
