import { useTranslation } from 'react-i18next';
import { type OrganizationDetail } from '../../api';

/** The organization's public-record facts, and the caller's role in it (its name only). */
export function OrganizationFacts({ organization, myRole }: { organization: OrganizationDetail; myRole: string | undefined }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t('organization.kind')}</dt>
        <dd>{t(`kind.${organization.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('organization.cdsCode')}</dt>
        <dd>{organization.cds_code ?? t('organization.none')}</dd>
      </div>
      <div>
        <dt>{t('organization.ncesId')}</dt>
        <dd>{organization.nces_id ?? t('organization.none')}</dd>
      </div>
      <div>
        <dt>{t('organization.gradeSpansServed')}</dt>
        <dd>
          {organization.grade_spans.length
            ? organization.grade_spans.map((span) => t(`gradeSpan.${span}`)).join(', ')
            : t('organization.none')}
        </dd>
      </div>
      {organization.profile?.locale && (
        <div>
          <dt>{t('organization.locale')}</dt>
          <dd>{organization.profile.locale}</dd>
        </div>
      )}
      {myRole && (
        <div>
          <dt>{t('organization.yourRole')}</dt>
          <dd>{t(`role.organization.${myRole}`)}</dd>
        </div>
      )}
    </dl>
  );
}
