import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dataPaths } from '../../dataAccess';
import { indicatorName, schoolYear } from '../../dataLabels';
import type { SavedCounts } from './useCountsForm';

/** The polite region that says the counts were saved and links to their analysis (the district's place unnamed). */
export function CountsSaved({ orgId, saved, districtCode }: { orgId: number; saved: SavedCounts | null; districtCode: string | null }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {saved && (
        <p className="alert alert-success">
          {t('data.counts.saved', { indicator: indicatorName(t, saved.indicator), year: schoolYear(saved.year) })}{' '}
          <Link to={dataPaths.analysis(orgId, { indicator: saved.indicator, year: saved.year, org_code: saved.org_code === districtCode ? undefined : saved.org_code })}>
            {t('data.counts.open')}
          </Link>
        </p>
      )}
    </div>
  );
}
