// The record of a closed meeting, as both the team's minutes page and the network's read-only view show it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../api';
import { formatDateTime } from '../../format';
import { ObjectivesList } from '../ObjectivesList';
import { MeetingGoal } from './MeetingGoal';
import { MinutesAttendance } from './MinutesAttendance';
import { nameOf } from './minutesNames';
import { MinutesActionItems, MinutesAgenda, MinutesDecisions } from './MinutesRecord';

/** `decision` draws one decision where the reader may correct it (the team's minutes page). */
export function MinutesBody({ minutes, decision }: { minutes: Minutes; decision?: (text: string, index: number) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <MeetingGoal goal={minutes.goal} />
      <MinutesAttendance attendance={minutes.attendance} />
      <ObjectivesList objectives={minutes.objectives} />
      <MinutesAgenda agenda={minutes.agenda} />
      <MinutesDecisions decisions={minutes.decisions} shown={decision} />
      <MinutesActionItems items={minutes.action_items} />
      <p className="meta">{t('minutes.closedBy', { name: nameOf(minutes.closed_by), time: formatDateTime(minutes.closed_at) })}</p>
    </>
  );
}
