import { useTranslation } from 'react-i18next';
import { TextField } from '../forms';
import type { PlanSummary } from '../../meetings';

/** The list of objectives, one text field each, with the most the meeting's length allows in the hint. */
export function ObjectivesEditor({
  objectives,
  onChange,
  summary,
  error,
}: {
  objectives: string[];
  onChange: (objectives: string[]) => void;
  summary: PlanSummary;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={`field group${error ? ' field-invalid' : ''}`} aria-describedby="objectives-hint">
      <legend>{t('planner.objectives')}</legend>
      <p id="objectives-hint" className="hint">
        {t('planner.objectivesHint', { most: summary.maxObjectives, duration: summary.duration })}
      </p>
      {error && (
        <p className="field-error" id="objectives-error">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
      <ol className="objective-list">
        {objectives.map((objective, index) => (
          <li key={index} className="row-editor">
            <TextField
              label={t('planner.objectiveN', { number: index + 1 })}
              name={`objective-${index}`}
              value={objective}
              onChange={(e) => onChange(objectives.map((o, i) => (i === index ? e.target.value : o)))}
            />
            <button type="button" className="button button-small" onClick={() => onChange(objectives.filter((_, i) => i !== index))}>
              {t('planner.remove')}
              <span className="visually-hidden"> {t('planner.objectiveN', { number: index + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={() => onChange([...objectives, ''])}>
        {t('planner.addObjective')}
      </button>
    </fieldset>
  );
}
