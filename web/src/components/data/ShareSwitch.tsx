import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataApi, type DataShare } from '../../dataApi';
import { indicatorName, schoolYear } from '../../dataLabels';
import { FormAlert, useProblemText } from '../forms';
import { formatDateTime } from '../../format';

/** Admins and data leads share the suppressed view of one indicator-year with the district's networks, or stop. */
export function ShareSwitch({
  orgId,
  indicator,
  year,
  shares,
  onChange,
}: {
  orgId: number;
  indicator: string;
  year: number;
  shares: DataShare[];
  onChange: (shares: DataShare[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const problemText = useProblemText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const share = shares.find((s) => s.indicator === indicator && s.year === year);
  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { shares: next } = await dataApi.share(orgId, indicator, year, !share);
      onChange(next);
      setStatus(share ? t('data.share.stopped') : t('data.share.started'));
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="panel">
      <FormAlert message={error} />
      <div className="checkbox">
        <input id={id} type="checkbox" role="switch" checked={!!share} aria-describedby={`${id}-hint`} onChange={toggle} aria-busy={busy || undefined} />
        <label htmlFor={id}>{t('data.share.label', { indicator: indicatorName(t, indicator), year: schoolYear(year) })}</label>
      </div>
      <p id={`${id}-hint`} className="hint">
        {share ? t('data.share.sharedBy', { name: share.shared_by_name, when: formatDateTime(share.shared_at) }) : t('data.share.hint')}
      </p>
      <div role="status" aria-live="polite">
        {status && <p className="alert alert-success">{status}</p>}
      </div>
    </div>
  );
}
