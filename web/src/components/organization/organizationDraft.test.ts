import { describe, expect, it } from 'vitest';
import type { Organization } from '../../api';
import { draftOfOrganization, organizationPatchOf } from './organizationDraft';

const t = (key: string) => key;

const monterey: Organization = {
  id: 7,
  name: 'Monterey',
  kind: 'district',
  cds_code: '27660920000000',
  nces_id: null,
  grade_spans: ['elementary', 'high'],
  profile: { enrollment: 9000, low_income: 6000, english_learners: null, foster: 40, homeless: null, locale: 'Suburb: Midsize', source: 'CALPADS 2024-25' },
  version: 3,
} as Organization;

describe('organization editing', () => {
  it('sends back what it read unchanged, with the version', () => {
    const { errors, patch } = organizationPatchOf(t, draftOfOrganization(monterey), 3);
    expect(errors).toEqual({});
    expect(patch).toEqual({
      name: 'Monterey',
      kind: 'district',
      grade_spans: ['elementary', 'high'],
      cds_code: '27660920000000',
      nces_id: null,
      profile: monterey.profile,
      version: 3,
    });
  });

  it('clears an emptied code, count or source with null', () => {
    const draft = { ...draftOfOrganization(monterey), cdsCode: ' ', source: '', counts: { ...draftOfOrganization(monterey).counts, foster: '' } };
    const { patch } = organizationPatchOf(t, draft, 3);
    expect(patch.cds_code).toBeNull();
    expect(patch.profile).toMatchObject({ foster: null, source: null, enrollment: 9000, locale: 'Suburb: Midsize' });
  });

  it('names the fields it would refuse', () => {
    const draft = { ...draftOfOrganization(monterey), name: '', cdsCode: '123', counts: { ...draftOfOrganization(monterey).counts, homeless: 'many' } };
    expect(organizationPatchOf(t, draft, 3).errors).toEqual({ cds_code: 'organization.cdsInvalid', homeless: 'form.wholeNumber' });
  });

  it('reads a missing profile as empty fields', () => {
    const draft = draftOfOrganization({ ...monterey, profile: null } as unknown as Organization);
    expect(draft.counts.enrollment).toBe('');
    expect(draft.locale).toBe('');
  });
});
