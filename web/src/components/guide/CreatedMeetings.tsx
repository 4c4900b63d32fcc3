import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreatedMeeting } from '../../api';

/** The drafts the planner just created, with focus on their heading so that the outcome is read first. */
export function CreatedMeetings({ teamId, meetings }: { teamId: number; meetings: CreatedMeeting[] }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="created" className="panel panel-highlight">
      <h2 id="created" tabIndex={-1} ref={heading}>
        {t('guide.plan.created', { count: meetings.length, value: meetings.length })}
      </h2>
      <ol>
        {meetings.map((m) => (
          <li key={m.id}>
            <Link to={`/meetings/${m.id}/edit`}>{m.title}</Link>
          </li>
        ))}
      </ol>
      <p>{t('guide.plan.createdNext')}</p>
      <p>
        <Link to={`/teams/${teamId}/meetings`} className="button button-primary">
          {t('guide.plan.toMeetings')}
        </Link>
      </p>
    </section>
  );
}
