import { useTranslation } from 'react-i18next';

/** A meeting's objectives under their heading, in order; nothing when there are none. */
export function ObjectivesList({ objectives }: { objectives: string[] }) {
  const { t } = useTranslation();
  if (objectives.length === 0) return null;
  return (
    <>
      <h2>{t('planner.objectives')}</h2>
      <ol>
        {objectives.map((o, i) => (
          <li key={i}>{o}</li>
        ))}
      </ol>
    </>
  );
}
