import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Meeting, type Team } from '../../api';
import { formatNumber } from '../../format';
import { inLanguage } from '../../guides';
import { MeetingTime } from '../MeetingTime';
import { InlineFailure, Loading, useLoad } from '../page';
import { figurePath, openAndOverdue } from './TeamFollowThrough';
import { teamTabPath } from './TeamTabs';

function NextMeeting({ meeting }: { meeting: Meeting }) {
  return (
    <>
      {meeting.title} · <MeetingTime startsAt={meeting.starts_at} timeZone={meeting.time_zone} />
    </>
  );
}

/** The team's status in short: each figure links to the tab (or list) that holds what it counts. */
export function TeamOverview({ team }: { team: Team }) {
  const { t } = useTranslation();
  const [load] = useLoad(
    () => Promise.all([api.listMeetings(team.id), api.listTeamGuides(team.id), api.followThrough(team.id)]),
    [team.id],
  );
  const gaps = team.representation.missing.length + team.representation.grade_spans.missing.length;
  return (
    <section aria-labelledby="overview">
      <h2 id="overview">{t('teamTabs.overviewTitle')}</h2>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <InlineFailure error={load.error} />}
      {load.state === 'ready' && (() => {
        const [{ meetings }, { guides }, figures] = load.data;
        const next = meetings
          .filter((m: Meeting) => m.status === 'scheduled' && m.starts_at)
          .sort((a: Meeting, b: Meeting) => (a.starts_at ?? '').localeCompare(b.starts_at ?? ''))[0];
        const guide = guides.find((g) => g.summary);
        return (
          <dl className="facts team-figures">
            <div>
              <dt>{t('teamTabs.nextMeeting')}</dt>
              <dd>
                <Link to={teamTabPath(team.id, 'meetings')}>
                  {next ? <NextMeeting meeting={next} /> : t('meetings.noUpcoming')}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t('teamTabs.guideProgress')}</dt>
              <dd>
                <Link to={teamTabPath(team.id, 'guide')}>
                  {guide && guide.summary
                    ? t('teamTabs.guideValue', {
                        title: guide.title ? inLanguage(guide.title) : guide.id,
                        complete: formatNumber(guide.summary.complete),
                        count: guide.summary.sections,
                      })
                    : t('teamTabs.noGuide')}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t('teamTabs.gaps')}</dt>
              <dd>
                <Link to={`${teamTabPath(team.id, 'members')}#representation`}>{t('teamTabs.gapsValue', { count: gaps, value: formatNumber(gaps) })}</Link>
              </dd>
            </div>
            <div>
              <dt>{t('teamTabs.openItems')}</dt>
              <dd>
                <Link to={figurePath(team.id, 'open')}>{openAndOverdue(t, 'meetings.openValue', figures.open, figures.overdue)}</Link>
              </dd>
            </div>
          </dl>
        );
      })()}
      <h3 id="more-work">{t('teamTabs.moreWork')}</h3>
      <ul className="inline-links" aria-labelledby="more-work">
        <li>
          <Link to={`/teams/${team.id}/plan`}>{t('plan.teamSection')}</Link>
        </li>
        <li>
          <Link to={`${teamTabPath(team.id, 'guide')}#measures`}>{t('measures.title')}</Link>
        </li>
        <li>
          <Link to={`${teamTabPath(team.id, 'guide')}#team-coaching-${team.id}`}>{t('coaching.received')}</Link>
        </li>
        <li>
          <Link to={`/teams/${team.id}/assessments`}>{t('assessments.title')}</Link>
        </li>
        <li>
          <Link to={`/teams/${team.id}/matching`}>{t('matching.title')}</Link>
        </li>
      </ul>
    </section>
  );
}
