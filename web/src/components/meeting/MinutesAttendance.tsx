import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../api';

/** Who was present, absent, excused or not recorded, as lists of names. */
export function MinutesAttendance({ attendance }: { attendance: Minutes['attendance'] }) {
  const { t } = useTranslation();
  const groups = [
    ['present', attendance.present],
    ['absent', attendance.absent],
    ['excused', attendance.excused],
    ['notRecorded', attendance.not_recorded],
  ] as const;
  return (
    <>
      <h2>{t('live.attendance')}</h2>
      <dl className="facts">
        {groups.map(([key, names]) => (
          <div key={key}>
            <dt>{t(`attendance.${key}`)}</dt>
            <dd>{names.length ? names.join(', ') : t('team.none')}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
