import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCandidates, type Candidate } from '../../feedbackApi';

/** The people a round may ask, as checkboxes grouped by how they were chosen (mentor coaches, peer teams, our team).
 * One fieldset named `reviewer_user_ids`, so the server's errors for that field (and its entries) show here. */
export function ReviewerChoices({ candidates, chosen, onChange, error, exclude = [] }: {
  candidates: Candidate[];
  chosen: number[];
  onChange: (ids: number[]) => void;
  error?: string;
  exclude?: number[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const groups = groupCandidates(candidates.filter((c) => !exclude.includes(c.user_id)));
  const toggle = (userId: number) => onChange(chosen.includes(userId) ? chosen.filter((c) => c !== userId) : [...chosen, userId]);
  return (
    <fieldset className={`field checkboxes${error ? ' field-invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend>{t('feedback.ask.reviewers')}</legend>
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
      {groups.length === 0 && <p>{t('feedback.ask.noCandidates')}</p>}
      {groups.map((group) => (
        <fieldset key={group.chosenAs} className="feedback-reviewer-group">
          <legend>{t(`feedback.group.${group.chosenAs}`)}</legend>
          <div className="checkbox-list">
            {group.people.map((person) => {
              const optionId = `${id}-${person.user_id}`;
              return (
                <div className="checkbox" key={person.user_id}>
                  <input type="checkbox" id={optionId} name="reviewer_user_ids" value={person.user_id}
                    checked={chosen.includes(person.user_id)} aria-invalid={error ? true : undefined} onChange={() => toggle(person.user_id)} />
                  <label htmlFor={optionId}>{t('feedback.ask.person', { name: person.name, organization: person.organization })}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
