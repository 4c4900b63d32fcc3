import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DASHBOARD_INDICATORS, readHeader, type DashboardIndicator } from '../../dataApi';
import { indicatorName } from '../../dataLabels';
import { RadioGroup } from '../forms';
import { dashboardIndicatorFromName, dashboardYearFromName, isDashboardHeader } from './dashboardFile';

/**
 * The indicator of a Dashboard download, and whether the chosen file was recognised as one. `inspect` reads a
 * chosen file's header (nothing is sent): for a Dashboard file it takes the indicator from the name and answers
 * the school year the name gives (null when none); for any other file it answers null.
 */
export function useDashboardFile() {
  const [indicator, setIndicator] = useState<DashboardIndicator | ''>('');
  const [recognised, setRecognised] = useState(false);
  async function inspect(file: File): Promise<{ year: number | null } | null> {
    setRecognised(false);
    if (!isDashboardHeader(await readHeader(file))) return null;
    setRecognised(true);
    setIndicator(dashboardIndicatorFromName(file.name) ?? '');
    return { year: dashboardYearFromName(file.name) };
  }
  return { indicator, setIndicator, recognised, inspect };
}

/**
 * A Dashboard download's own question: which indicator it holds. When the file was recognised by its header
 * (`fileName`), a status line says so and that its indicator and year came from its name.
 */
export function DashboardFields({
  fileName,
  indicator,
  onIndicator,
  error,
}: {
  fileName: string | null;
  indicator: DashboardIndicator | '';
  onIndicator: (indicator: DashboardIndicator) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p role="status" className="hint">
        {fileName ? t('data.import.dashboardRecognised', { file: fileName }) : ''}
      </p>
      <RadioGroup
        legend={t('data.import.indicator')}
        name="indicator"
        hint={t('data.import.indicatorHint')}
        options={DASHBOARD_INDICATORS.map((value) => ({ value, label: indicatorName(t, value) }))}
        value={indicator as DashboardIndicator}
        onChange={onIndicator}
        error={error}
      />
    </>
  );
}
