import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GapKind, type Team as TeamData } from '../../api';
import { FormAlert, useProblemText } from '../forms';
import { type Labels } from './labels';

export function Representation({
  team,
  labels,
  manages,
  planned,
}: {
  team: TeamData;
  labels: Labels;
  manages: boolean;
  planned: (kind: GapKind, key: string, label: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const representation = team.representation;
  const openGaps = new Set(
    team.outreach_items.filter((item) => item.status === 'open').map((item) => `${item.gap_kind}:${item.gap_key}`),
  );
  const gaps: { kind: GapKind; key: string; label: string }[] = [
    ...representation.missing.map((key) => ({ kind: 'perspective' as const, key, label: labels.perspective(key) })),
    ...representation.grade_spans.missing.map((key) => ({ kind: 'grade_span' as const, key, label: labels.span(key) })),
  ];
  const membersBy = new Map(representation.perspectives.map((p) => [p.key, p.members]));

  async function plan(kind: GapKind, key: string, label: string) {
    const id = `${kind}:${key}`;
    if (busy) return;
    setError(null);
    setBusy(id);
    try {
      await planned(kind, key, label);
    } catch (failure) {
      setError(problemText(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="representation" className="representation">
      <h2 id="representation">{t('team.representation')}</h2>
      <p className="meta">{t('team.representationIntro')}</p>
      <div className="columns">
        <div>
          <h3 id="missing">{t('team.missing')}</h3>
          <FormAlert message={error} />
          {gaps.length ? (
            <ul className="gaps" aria-labelledby="missing">
              {gaps.map((gap) => {
                const id = `${gap.kind}:${gap.key}`;
                return (
                  <li key={id} className="gap">
                    <span className="badge badge-missing">
                      <span aria-hidden="true">✗ </span>
                      {t('team.missingLabel')}
                    </span>{' '}
                    <span className="gap-name">
                      {gap.kind === 'perspective'
                        ? t('team.missingPerspective', { label: gap.label })
                        : t('team.missingGradeSpan', { label: gap.label })}
                    </span>
                    {openGaps.has(id) ? (
                      <span className="badge badge-planned">{t('team.outreachPlanned')}</span>
                    ) : (
                      manages && (
                        <button
                          type="button"
                          className="button button-small"
                          aria-disabled={busy === id || undefined}
                          onClick={() => void plan(gap.kind, gap.key, gap.label)}
                        >
                          {t('team.planOutreach')}
                          <span className="visually-hidden"> {t('team.planOutreachFor', { label: gap.label })}</span>
                        </button>
                      )
                    )}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{t('team.noGaps')}</p>
          )}
        </div>
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
      </div>
    </section>
  );
}
