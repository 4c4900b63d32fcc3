import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type AttendanceStatus, type MeetingDetail } from '../api';
import { FormAlert, useProblemText } from '../components/forms';
import { AttendanceSection } from '../components/meeting/AttendanceSection';
import { CloseMeeting } from '../components/meeting/CloseMeeting';
import type { Owner } from '../components/meeting/AddActionItem';
import { LiveActionItems } from '../components/meeting/LiveActionItems';
import { LiveAgenda } from '../components/meeting/LiveAgenda';
import { MeetingFacts } from '../components/meeting/MeetingFacts';
import { MeetingGoal } from '../components/meeting/MeetingGoal';
import { MeetingLinks } from '../components/meeting/MeetingLinks';
import { NetworkMeetingPanel } from '../components/meeting/NetworkMeetingPanel';
import { useMeetingUpdates } from '../components/meeting/useMeetingUpdates';
import { ObjectivesList } from '../components/ObjectivesList';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';

// A network meeting's host team is not readable by the people it invites: its participants come with the meeting.
type Data = [MeetingDetail, Awaited<ReturnType<typeof api.getTeam>> | null];

/** Who may own an action item: the team's members, or a network meeting's participants (its attendance). */
function ownersOf(meeting: MeetingDetail, team: Data[1]): Owner[] {
  if (team) return team.members;
  return meeting.attendance.map((a) => ({ id: a.member_id, name: a.name, takes_part: a.takes_part ?? false }));
}

function heldBy(meeting: MeetingDetail, now: number): boolean {
  return meeting.status === 'closed' || (meeting.status === 'scheduled' && !!meeting.starts_at && Date.parse(meeting.starts_at) <= now);
}

function Live({ data }: { data: Data }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [initial, team] = data;
  const { meeting, announcement, mode, did } = useMeetingUpdates(initial);
  const [error, setError] = useState<string | null>(null);

  // What the caller may do here is the server's decision (`may`); the page only hides what it would refuse.
  const manages = meeting.may.manage;
  const open = meeting.status === 'scheduled' || meeting.status === 'draft';
  const canWrite = open && meeting.may.contribute;
  // A participant takes part on their own behalf: their attendance, their notes, the status of their own items.
  const takesPart = open && meeting.may.take_part;
  const mine = (memberId: number | undefined) => memberId !== undefined && memberId === meeting.my_member_id;

  async function recordAttendance(memberId: number, status: AttendanceStatus) {
    setError(null);
    try {
      await api.setAttendance(meeting.id, memberId, status);
      await did(`attendance:${memberId}:${status}`);
    } catch (failure) {
      setError(problemText(failure));
    }
  }

  return (
    <>
      <h1>{meeting.title}</h1>
      <p className="lead">
        {team ? <Link to={`/teams/${team.id}`}>{team.name}</Link> : meeting.team.name} · {t(`meeting.status.${meeting.status}`)}
      </p>
      <div role="status" aria-live="polite" aria-atomic="true" className="live-announcer">
        {announcement && <p className="alert alert-success">{announcement}</p>}
      </div>
      <FormAlert message={error} />
      <MeetingFacts meeting={meeting} mode={mode} />
      <MeetingGoal goal={meeting.goal} />
      <ObjectivesList objectives={meeting.objectives} />
      <MeetingLinks meeting={meeting} canEditPlan={manages && open} />
      <AttendanceSection
        attendance={meeting.attendance}
        canWrite={(a) => canWrite || (takesPart && mine(a.member_id))}
        chosen={(a, status) => void recordAttendance(a.member_id, status)}
      />
      <LiveAgenda meeting={meeting} canWrite={canWrite} canNote={takesPart} decisionAdded={(id) => void did(`decision:${id}`, t('live.decisionAdded'))} />
      <LiveActionItems
        meeting={meeting}
        members={ownersOf(meeting, team)}
        canWrite={canWrite}
        canChangeStatus={(item) => (meeting.may.contribute ? 'all' : meeting.may.update_own_items && mine(item.owner?.member_id) ? 'own' : 'none')}
        statusChanged={(item, status, message) => void did(`status:${item.id}:${status}`, message)}
        added={(item) => void did(`action:${item.id}`, t('live.actionAdded', { title: item.title }))}
      />
      {meeting.network && <NetworkMeetingPanel key={meeting.status} meetingId={meeting.id} held={heldBy(meeting, Date.now())} closed={meeting.status === 'closed'} />}
      {manages && meeting.status === 'scheduled' && <CloseMeeting meeting={meeting} failed={setError} />}
    </>
  );
}

export default function Meeting() {
  const meetingId = Number(useParams().id);
  const [load] = useLoad(async () => {
    const meeting = await api.getMeeting(meetingId);
    const team = meeting.network ? null : await api.getTeam(meeting.team.id);
    return [meeting, team] as Data;
  }, [meetingId]);
  usePageTitle(load.state === 'ready' ? load.data[0].title : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  return <Live key={meetingId} data={load.data} />;
}
