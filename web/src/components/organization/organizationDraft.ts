// A new organization's values as typed: counts stay text until sent, so what was typed survives a failed check.
import type { GradeSpan, OrganizationInput, OrganizationKind, Profile } from '../../api';

export const PROFILE_COUNTS = ['enrollment', 'low_income', 'english_learners', 'foster', 'homeless'] as const;
export type ProfileCount = (typeof PROFILE_COUNTS)[number];

export interface OrganizationDraft {
  name: string;
  kind: OrganizationKind;
  cdsCode: string;
  ncesId: string;
  gradeSpans: GradeSpan[];
  counts: Record<ProfileCount, string>;
}

export const emptyOrganization: OrganizationDraft = {
  name: '',
  kind: 'district',
  cdsCode: '',
  ncesId: '',
  gradeSpans: [],
  counts: { enrollment: '', low_income: '', english_learners: '', foster: '', homeless: '' },
};

type Translate = (key: string) => string;

/** What to send, and the messages for fields the server would refuse anyway; an empty optional field is left out. */
export function organizationInputOf(t: Translate, draft: OrganizationDraft): { errors: Record<string, string>; input: OrganizationInput } {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  const cdsCode = draft.cdsCode.trim();
  const ncesId = draft.ncesId.trim();
  if (!name) errors.name = t('form.required');
  if (cdsCode && !/^\d{14}$/.test(cdsCode)) errors.cds_code = t('organization.cdsInvalid');
  const profile: Partial<Profile> = {};
  for (const key of PROFILE_COUNTS) {
    const text = draft.counts[key].trim();
    if (!text) continue;
    if (!/^\d+$/.test(text)) errors[key] = t('form.wholeNumber');
    else profile[key] = Number(text);
  }
  const input: OrganizationInput = { name, kind: draft.kind, grade_spans: draft.gradeSpans };
  if (cdsCode) input.cds_code = cdsCode;
  if (ncesId) input.nces_id = ncesId;
  if (Object.keys(profile).length) input.profile = profile;
  return { errors, input };
}
