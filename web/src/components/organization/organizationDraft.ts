// A new organization's values as typed: counts stay text until sent, so what was typed survives a failed check.
import type { GradeSpan, Organization, OrganizationInput, OrganizationKind, OrganizationPatch, Profile } from '../../api';

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

/** An organization being edited: its facts and counts as typed, with the profile's locale and source. */
export interface OrganizationEditDraft extends OrganizationDraft {
  locale: string;
  source: string;
}

const text = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function draftOfOrganization(organization: Organization): OrganizationEditDraft {
  const profile = organization.profile;
  return {
    name: organization.name,
    kind: organization.kind,
    cdsCode: organization.cds_code ?? '',
    ncesId: organization.nces_id ?? '',
    gradeSpans: [...organization.grade_spans],
    counts: {
      enrollment: text(profile?.enrollment),
      low_income: text(profile?.low_income),
      english_learners: text(profile?.english_learners),
      foster: text(profile?.foster),
      homeless: text(profile?.homeless),
    },
    locale: profile?.locale ?? '',
    source: profile?.source ?? '',
  };
}

/**
 * The whole organization to send with the version read (the server replaces the profile as a whole): an emptied
 * field is sent as null, which clears it; the messages for fields the server would refuse.
 */
export function organizationPatchOf(t: Translate, draft: OrganizationEditDraft, version: number): { errors: Record<string, string>; patch: OrganizationPatch } {
  const { errors, input } = organizationInputOf(t, draft);
  const profile: Profile = { enrollment: null, low_income: null, english_learners: null, foster: null, homeless: null, locale: null, source: null };
  Object.assign(profile, input.profile ?? {});
  profile.locale = draft.locale.trim() || null;
  profile.source = draft.source.trim() || null;
  const patch: OrganizationPatch = {
    name: input.name,
    kind: input.kind,
    grade_spans: input.grade_spans ?? [],
    cds_code: input.cds_code ?? null,
    nces_id: input.nces_id ?? null,
    profile,
    version,
  };
  return { errors, patch };
}
