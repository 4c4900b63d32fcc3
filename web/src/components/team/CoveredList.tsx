import { useTranslation } from 'react-i18next';
import { type Team } from '../../api';
import { type Labels } from './labels';

/** The perspectives and grade spans the team's members already bring (the other column of Representation). */
export function CoveredList({ representation, labels }: { representation: Team['representation']; labels: Labels }) {
  const { t } = useTranslation();
  const membersBy = new Map(representation.perspectives.map((p) => [p.key, p.members]));
  return (
    <div>
      <h3 id="covered">{t('team.covered')}</h3>
      {representation.covered.length || representation.grade_spans.covered.length ? (
        <ul className="covered" aria-labelledby="covered">
          {representation.covered.map((key) => (
            <li key={key}>
              <span className="badge badge-covered">
                <span aria-hidden="true">✓ </span>
                {t('team.coveredLabel')}
              </span>{' '}
              {t('team.coveredPerspective', { label: labels.perspective(key) })}
              {membersBy.get(key)?.length ? (
                <span className="meta"> — {membersBy.get(key)!.join(', ')}</span>
              ) : null}
            </li>
          ))}
          {representation.grade_spans.covered.map((key) => (
            <li key={`span-${key}`}>
              <span className="badge badge-covered">
                <span aria-hidden="true">✓ </span>
                {t('team.coveredLabel')}
              </span>{' '}
              {t('team.coveredGradeSpan', { label: labels.span(key) })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('team.nothingCovered')}</p>
      )}
      {representation.content_areas.length > 0 && (
        <p>
          <strong>{t('team.contentAreas')}:</strong> {representation.content_areas.join(', ')}
        </p>
      )}
    </div>
  );
}
