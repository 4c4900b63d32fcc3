import { useTranslation } from 'react-i18next';

/** The meeting's goal in one line; nothing when it has none. */
export function MeetingGoal({ goal }: { goal: string | null | undefined }) {
  const { t } = useTranslation();
  if (!goal) return null;
  return (
    <p>
      <strong>{t('planner.goal')}:</strong> {goal}
    </p>
  );
}
