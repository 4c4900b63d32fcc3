import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type MeetingDetail } from '../../api';
import { TableRegion } from '../page';

type Attendee = MeetingDetail['attendance'][number];

/** One member's attendance as a select; `chosen` records the choice. */
function AttendanceSelect({ attendee, chosen }: { attendee: Attendee; chosen: (status: AttendanceStatus) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="visually-hidden" htmlFor={`attendance-${attendee.member_id}`}>
        {t('live.attendanceOf', { name: attendee.name })}
      </label>
      <select id={`attendance-${attendee.member_id}`} value={attendee.status ?? ''} onChange={(e) => chosen(e.target.value as AttendanceStatus)}>
        <option value="" disabled>
          {t('attendance.notRecorded')}
        </option>
        {ATTENDANCE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`attendance.${s}`)}
          </option>
        ))}
      </select>
    </>
  );
}

/** Who was there: a row is editable while the meeting is open and the caller may record it (`canWrite`). */
export function AttendanceSection({
  attendance,
  canWrite,
  chosen,
}: {
  attendance: Attendee[];
  canWrite: (attendee: Attendee) => boolean;
  chosen: (attendee: Attendee, status: AttendanceStatus) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="attendance">
      <h2 id="attendance">{t('live.attendance')}</h2>
      <TableRegion caption={t('live.attendanceCaption')} hideCaption>
        <thead>
          <tr>
            <th scope="col">{t('field.name')}</th>
            <th scope="col">{t('live.present')}</th>
          </tr>
        </thead>
        <tbody>
          {attendance.map((a) => (
            <tr key={a.member_id}>
              <th scope="row">{a.name}</th>
              <td>
                {canWrite(a) ? (
                  <AttendanceSelect attendee={a} chosen={(status) => chosen(a, status)} />
                ) : a.status ? (
                  t(`attendance.${a.status}`)
                ) : (
                  t('attendance.notRecorded')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </section>
  );
}
