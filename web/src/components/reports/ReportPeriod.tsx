import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { defaultPeriod, type Period } from '../../reportsApi';
import { FormAlert, SubmitButton, TextField, useForm } from '../forms';
import { LoadFailed, Loading, useLoad } from '../page';

/**
 * A report's period in the address (?from=&to=, so a printed or shared link shows the same report) and the form
 * that changes it. The report is asked for the new period before the address changes: a period the server refuses
 * (422 naming from or to) is shown on its field and the report on screen stays that of the last good period.
 */
export function useReportPeriod<T>(load: (period: Period) => Promise<T>) {
  const [params, setParams] = useSearchParams();
  const fallback = defaultPeriod();
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  const [report, reload] = useLoad(() => load({ from, to }), [from, to]);
  const change = useCallback(
    async (next: Period) => {
      await load(next); // refused here, with its field errors, before the address changes
      setParams({ from: next.from, to: next.to });
    },
    [load, setParams],
  );
  return { period: { from, to }, report, change, reload };
}

export function ReportPeriodForm({ period, change }: { period: Period; change: (next: Period) => Promise<void> }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const form = useForm({ labels: { from: t('reports.from'), to: t('reports.to') } });
  return (
    <form ref={form.formRef} className="report-period no-print" onSubmit={form.submit(() => change({ from, to }))} noValidate>
      <FormAlert message={form.errors.form} />
      <TextField label={t('reports.from')} name="from" type="date" value={from} error={form.errors.fields.from}
        onChange={(e) => setFrom(e.target.value)} />
      <TextField label={t('reports.to')} name="to" type="date" value={to} error={form.errors.fields.to}
        onChange={(e) => setTo(e.target.value)} />
      <SubmitButton busy={form.busy}>{t('reports.show')}</SubmitButton>
    </form>
  );
}

export function ReportLoading({ error }: { error?: unknown }) {
  return error ? <LoadFailed error={error} /> : <Loading />;
}
