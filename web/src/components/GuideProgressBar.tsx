import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideSummary, SectionStatus } from '../api';
import { formatNumber } from '../format';

/**
 * A guide's progress: a bar (role progressbar, its value the sections complete, the in-progress share drawn
 * lighter) and the same figures in words beside it, so nothing depends on colour.
 */
export function GuideProgressBar({ summary, label }: { summary: GuideSummary; label: string }) {
  const { t } = useTranslation();
  const textId = useId();
  const total = Math.max(summary.sections, 1);
  const words = t('guide.summary.text', {
    complete: formatNumber(summary.complete),
    count: summary.sections,
    inProgress: formatNumber(summary.in_progress),
    notStarted: formatNumber(summary.not_started),
  });
  return (
    <div className="guide-progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={summary.sections}
        aria-valuenow={summary.complete}
        aria-valuetext={t('guide.summary.valueText', { complete: formatNumber(summary.complete), count: summary.sections })}
        aria-describedby={textId}
      >
        <span className="progress-complete" style={{ width: `${(100 * summary.complete) / total}%` }} />
        <span className="progress-in-progress" style={{ width: `${(100 * summary.in_progress) / total}%` }} />
      </div>
      <p id={textId} className="progress-text">
        {words}
      </p>
    </div>
  );
}

/** A section's status as a badge with its word (and a symbol that is not read out). */
export function SectionStatusBadge({ status }: { status: SectionStatus }) {
  const { t } = useTranslation();
  const symbol = status === 'complete' ? '✓' : status === 'in_progress' ? '◐' : '○';
  return (
    <span className={`badge badge-status-${status.replace('_', '-')}`}>
      <span aria-hidden="true">{symbol} </span>
      {t(`guide.status.${status}`)}
    </span>
  );
}
