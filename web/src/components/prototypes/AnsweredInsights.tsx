import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api';
import { evidenceApi, type Insight } from '../../evidenceApi';
import { prototypesApi, type PrototypeDetail } from '../../prototypesApi';

/** The insights from the team's discovery evidence that a prototype answers (issue 12): why the team tests it. A
 * writer picks them from the team's insights (checkboxes, so the keyboard and a screen reader need nothing more). */
export function AnsweredInsights({ teamId, prototype, writable, changed }: {
  teamId: number; prototype: PrototypeDetail; writable: boolean; changed: (status: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Insight[] | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [problem, setProblem] = useState('');
  const startEditing = async () => {
    setChosen(prototype.insights.map((i) => i.id));
    setChoices((await evidenceApi.insights(teamId)).insights);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await prototypesApi.update(teamId, prototype.id, { version: prototype.version, insight_ids: chosen });
      setChoices(null);
      await changed(t('prototypes.insights.saved'));
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <div className="answered-insights">
      <h3>{t('prototypes.insights.title')}</h3>
      {prototype.insights.length === 0 ? (
        <p>{t('prototypes.insights.none')}</p>
      ) : (
        <ul>
          {prototype.insights.map((i) => (
            <li key={i.id}>{i.statement}</li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/teams/${teamId}/evidence`}>{t('prototypes.insights.evidenceLink')}</Link>
      </p>
      {writable && choices === null && (
        <button type="button" className="button" onClick={() => void startEditing()}>
          {t('prototypes.insights.choose')}
        </button>
      )}
      {writable && choices !== null && (
        <form onSubmit={(e) => void save(e)}>
          <fieldset>
            <legend>{t('prototypes.insights.legend')}</legend>
            {choices.length === 0 && <p>{t('prototypes.insights.noneYet')}</p>}
            {choices.map((i) => (
              <label key={i.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(i.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, i.id] : chosen.filter((x) => x !== i.id))}
                />{' '}
                {i.statement}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button">{t('prototypes.insights.save')}</button>{' '}
          <button type="button" className="button" onClick={() => setChoices(null)}>{t('prototypes.insights.cancel')}</button>
          {problem && <p role="alert">{problem}</p>}
        </form>
      )}
    </div>
  );
}
