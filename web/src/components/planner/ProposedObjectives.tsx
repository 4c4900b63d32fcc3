import { useTranslation } from 'react-i18next';
import { TextField } from '../forms';
import { PrefixedLabel } from './PrefixedLabel';

/** A proposed meeting's objectives to edit, add and remove; `at` is the meeting's place in the request (`meetings[0]`). */
export function ProposedObjectives({
  objectives,
  number,
  at,
  errors,
  change,
}: {
  objectives: string[];
  number: number;
  at: string;
  errors: Record<string, string>;
  change: (objectives: string[]) => void;
}) {
  const { t } = useTranslation();
  const prefix = t('guide.proposal.meetingPrefix', { number });
  const error = errors[`${at}.objectives`];
  return (
    <fieldset className={`field group${error ? ' field-invalid' : ''}`}>
      <legend>
        <PrefixedLabel prefix={prefix} text={t('guide.proposal.objectives')} />
      </legend>
      {error && <p className="field-error">{error}</p>}
      <ol className="objective-list">
        {objectives.map((objective, k) => (
          <li key={k} className="row-editor">
            <TextField
              label={<PrefixedLabel prefix={prefix} text={t('guide.proposal.objectiveN', { number: k + 1 })} />}
              name={`${at}.objectives[${k}]`}
              value={objective}
              onChange={(e) => change(objectives.map((o, j) => (j === k ? e.target.value : o)))}
              error={errors[`${at}.objectives[${k}]`]}
            />
            <button type="button" className="button button-small" onClick={() => change(objectives.filter((_, j) => j !== k))}>
              {t('planner.remove')}
              <span className="visually-hidden">
                {' '}
                {prefix} {t('guide.proposal.objectiveN', { number: k + 1 })}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={() => change([...objectives, ''])}>
        {t('planner.addObjective')}
        <span className="visually-hidden"> {t('guide.proposal.toMeeting', { number })}</span>
      </button>
    </fieldset>
  );
}
