import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { checkFields } from '../../fieldChecks';
import { FORM_RULES } from '../../formRules';
import { reportsApi, type NetworkReport } from '../../reportsApi';
import { FormAlert, Status, SubmitButton, TextAreaField, TextField, useForm } from '../forms';

/**
 * The facilitator's highlights of the period: what leadership and funders should notice, in the facilitator's own
 * words. Those who manage the network (the report's `may.manage`) add and remove them here; the form stays off the
 * printed page.
 */
export function Highlights({ report, networkId, changed }: { report: NetworkReport; networkId: number; changed: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm({ labels: { happened_on: t('reports.highlights.date'), text: t('reports.highlights.text') } });
  const [date, setDate] = useState(report.to);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null); // removing asks twice: written words are not lost by a slip
  const heading = useRef<HTMLHeadingElement>(null);
  if (!report.in_full) return null;
  const manage = report.may.manage;
  const onSubmit = form.submit(async () => {
    setStatus(null);
    checkFields(t('errors.checkFields'), FORM_RULES.highlight, { happened_on: date, text });
    await reportsApi.addHighlight(networkId, { happened_on: date, text });
    setText('');
    await changed();
    setStatus(t('reports.highlights.added'));
  });
  const remove = async (highlightId: number) => {
    if (confirming !== highlightId) {
      setConfirming(highlightId);
      return;
    }
    setConfirming(null);
    await reportsApi.removeHighlight(networkId, highlightId);
    await changed();
    setStatus(t('reports.highlights.removed'));
    heading.current?.focus();
  };
  return (
    <section className="report-section" aria-labelledby="report-highlights">
      <h2 id="report-highlights" tabIndex={-1} ref={heading}>{t('reports.highlights.title')}</h2>
      <Status message={status} />
      {report.highlights.length === 0 ? (
        <p>{t('reports.highlights.none')}</p>
      ) : (
        <ul className="highlights">
          {report.highlights.map((h) => (
            <li key={h.id}>
              <strong>{formatDate(h.happened_on)}</strong>: {h.text}
              {h.written_by && <span className="meta"> — {h.written_by}</span>}
              {manage && (
                <button type="button" className="button button-small no-print" onClick={() => void remove(h.id)}>
                  {t(confirming === h.id ? 'reports.highlights.confirmRemove' : 'reports.highlights.remove', { date: formatDate(h.happened_on) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <form noValidate onSubmit={onSubmit} ref={form.formRef} className="no-print" aria-labelledby="add-highlight">
          <h3 id="add-highlight">{t('reports.highlights.add')}</h3>
          <FormAlert message={form.errors.form} />
          <TextField label={t('reports.highlights.date')} name="happened_on" type="date" value={date}
            error={form.errors.fields.happened_on} onChange={(e) => setDate(e.target.value)} />
          <TextAreaField label={t('reports.highlights.text')} hint={t('reports.highlights.hint')} name="text" value={text}
            error={form.errors.fields.text} onChange={setText} />
          <SubmitButton busy={form.busy}>{t('reports.highlights.submit')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
