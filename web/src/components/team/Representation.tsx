import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GapKind, type Team as TeamData } from '../../api';
import { FormAlert, useProblemText } from '../forms';
import { CoveredList } from './CoveredList';
import { GapItem } from './GapItem';
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
                  <GapItem key={id} gap={gap} planned={openGaps.has(id)} manages={manages} busy={busy === id} plan={() => void plan(gap.kind, gap.key, gap.label)} />
                );
              })}
            </ul>
          ) : (
            <p>{t('team.noGaps')}</p>
          )}
        </div>
        <CoveredList representation={representation} labels={labels} />
      </div>
    </section>
  );
}
