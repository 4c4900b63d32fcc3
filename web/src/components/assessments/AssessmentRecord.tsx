import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Assessment, type AssessmentCriteria } from '../../api';
import { formatDate, formatDateTime } from '../../format';
import { withUnit } from '../../measures';
import { useProblemText } from '../forms';
import { EditAssessment } from './EditAssessment';
import { RecordActions } from './RecordActions';

/** Each criterion's result, its observed value said to come from the measure (with the point's date) or typed in. */
function Results({ assessment, criteria }: { assessment: Assessment; criteria: AssessmentCriteria }) {
  const { t } = useTranslation();
  if (!assessment.results.length) return null;
  return (
    <ul>
      {assessment.results.map((r) => {
        const c = criteria.criteria.find((x) => x.id === r.criterion_id);
        const observed = r.observed == null ? null : withUnit(r.observed, c?.unit ?? '');
        return (
          <li key={r.criterion_id}>
            {c?.description}: {t(`assessments.result.${r.result}`)}
            {observed !== null && (
              <span className="meta">
                {' '}
                {r.source === 'measure' && r.observed_on
                  ? t('assessments.record.fromMeasure', { value: observed, date: formatDate(r.observed_on) })
                  : t('assessments.record.entered', { value: observed })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Ratings({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return (
    <ul>
      {assessment.ratings.map((r) => (
        <li key={r.area}>
          {/* one span: the card list's items stack their children */}
          <span>
            <strong>{t(`plan.area.${r.area}`)}</strong>: {t('assessments.chart.cell', { rating: r.rating, level: t(`assessments.level.${r.rating}`) })}
          </span>
          {r.evidence && <span className="meta"> — {r.evidence}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * One self-assessment in the history; with `may`, its Edit (the form in place of the record) and Delete. Closing
 * the form, saved or not, returns to its Edit button.
 */
export function AssessmentRecord({ teamId, assessment, criteria, may, saved, removed }: {
  teamId: number; assessment: Assessment; criteria: AssessmentCriteria; may: boolean;
  saved: (a: Assessment) => Promise<void>; removed: (a: Assessment) => Promise<void>;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const back = useRef(false);
  useEffect(() => {
    if (!editing && back.current) editRef.current?.focus();
    back.current = false;
  }, [editing]);
  const close = () => { back.current = true; setEditing(false); };
  const remove = async () => {
    try {
      await api.deleteAssessment(teamId, assessment.id);
    } catch (failure) {
      return problemText(failure);
    }
    await removed(assessment);
    return null;
  };
  if (editing) {
    return (
      <li>
        <EditAssessment teamId={teamId} assessment={assessment} criteria={criteria} cancel={close}
          saved={(a) => void saved(a).then(close)} />
      </li>
    );
  }
  return (
    <li>
      <h3>{t('assessments.record.title', { term: assessment.term, date: formatDate(assessment.taken_on) })}</h3>
      <Ratings assessment={assessment} />
      <Results assessment={assessment} criteria={criteria} />
      <p className="meta">{t('assessments.record.by', { name: assessment.created_by_name, time: formatDateTime(assessment.created_at) })}</p>
      {may && <RecordActions term={assessment.term} editRef={editRef} edit={() => setEditing(true)} remove={remove} />}
    </li>
  );
}
