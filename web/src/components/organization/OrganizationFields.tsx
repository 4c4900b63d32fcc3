import { useTranslation } from 'react-i18next';
import { GRADE_SPANS, ORGANIZATION_KINDS } from '../../api';
import { CheckboxGroup, SelectField, TextField } from '../forms';
import type { OrganizationDraft } from './organizationDraft';
import { ProfileCountsFields } from './ProfileCountsFields';

/** An organization's public-record facts and student counts, for creating one and for editing it. */
export function OrganizationFields({ draft, set, errors }: { draft: OrganizationDraft; set: (change: Partial<OrganizationDraft>) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('field.name')} name="name" value={draft.name} onChange={(e) => set({ name: e.target.value })} error={errors.name} />
      <SelectField
        label={t('organization.kind')}
        name="kind"
        value={draft.kind}
        onChange={(kind) => set({ kind })}
        options={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
        error={errors.kind}
      />
      <TextField
        label={t('organization.cdsCode')}
        name="cds_code"
        optional
        inputMode="numeric"
        hint={t('organization.cdsHint')}
        value={draft.cdsCode}
        onChange={(e) => set({ cdsCode: e.target.value })}
        error={errors.cds_code}
      />
      <TextField label={t('organization.ncesId')} name="nces_id" optional inputMode="numeric" value={draft.ncesId} onChange={(e) => set({ ncesId: e.target.value })} error={errors.nces_id} />
      <CheckboxGroup
        legend={t('organization.gradeSpansServed')}
        name="grade_spans"
        options={GRADE_SPANS.map((value) => ({ value, label: t(`gradeSpan.${value}`) }))}
        value={draft.gradeSpans}
        onChange={(gradeSpans) => set({ gradeSpans })}
        error={errors.grade_spans}
      />
      <ProfileCountsFields counts={draft.counts} onChange={(counts) => set({ counts })} errors={errors} />
    </>
  );
}
