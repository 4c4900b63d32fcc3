// The record of a closed meeting, as both the team's minutes page and the network's read-only view show it.
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../api';
import { formatDateTime } from '../../format';
import { ObjectivesList } from '../ObjectivesList';
import { MeetingGoal } from './MeetingGoal';
import { MinutesAttendance } from './MinutesAttendance';
import { nameOf } from './minutesNames';
import { MinutesActionItems, MinutesAgenda, MinutesDecisions } from './MinutesRecord';

export function MinutesBody({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  return (
    <>
      <MeetingGoal goal={minutes.goal} />
      <MinutesAttendance attendance={minutes.attendance} />
      <ObjectivesList objectives={minutes.objectives} />
      <MinutesAgenda agenda={minutes.agenda} />
      <MinutesDecisions decisions={minutes.decisions} />
      <MinutesActionItems items={minutes.action_items} />
      <p className="meta">{t('minutes.closedBy', { name: nameOf(minutes.closed_by), time: formatDateTime(minutes.closed_at) })}</p>
    </>
  );
}
