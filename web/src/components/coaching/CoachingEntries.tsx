import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoachingEntry, NextStep } from '../../agreementsApi';
import { formatDate } from '../../format';
import { useHours } from './HoursCharts';

const STEP_BADGE = { proposed: 'badge-planned', accepted: 'badge-covered', declined: 'badge-missing' } as const;

/** A next step's status, in words (never by colour alone). */
export function StepStatus({ step }: { step: NextStep }) {
  const { t } = useTranslation();
  return <span className={`badge ${STEP_BADGE[step.status]}`}>{t(`coaching.step.${step.status}`)}</span>;
}

/** Who was served, by whom, on what. */
function EntryFacts({ entry }: { entry: CoachingEntry }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t('coaching.field.teams')}</dt>
        <dd>{entry.teams.map((team) => t('coaching.teamOf', { team: team.name, organization: team.organization_name })).join('; ')}</dd>
      </div>
      <div>
        <dt>{t('coaching.field.coaches')}</dt>
        <dd>{entry.coaches.map((c) => c.name).join(', ') || '—'}</dd>
      </div>
      <div>
        <dt>{t('coaching.field.focus')}</dt>
        <dd>{entry.focus}</dd>
      </div>
      {entry.guide_section && (
        <div>
          <dt>{t('coaching.field.guideSection')}</dt>
          <dd>{entry.guide_section}</dd>
        </div>
      )}
      {entry.resources.length > 0 && (
        <div>
          <dt>{t('coaching.resources.legend')}</dt>
          <dd>
            <ul>
              {entry.resources.map((r) => <li key={r.id}><Link to={`/library?q=${encodeURIComponent(r.title)}`}>{r.title}</Link></li>)}
            </ul>
          </dd>
        </div>
      )}
      {entry.people_served && (
        <div>
          <dt>{t('coaching.field.peopleServed')}</dt>
          <dd>{entry.people_served}</dd>
        </div>
      )}
      {entry.follow_up_on && (
        <div>
          <dt>{t('coaching.field.followUp')}</dt>
          <dd>{formatDate(entry.follow_up_on)}</dd>
        </div>
      )}
    </dl>
  );
}

/**
 * Coaching log entries, newest first as given: date, kind, hours (and "over"), teams, coaches, focus, notes and the
 * next steps with their status. `stepActions` adds controls under a step (the served team's accept and decline);
 * `editHref` links an entry to its edit form when the answer says it may be edited.
 */
export function CoachingEntries({
  entries,
  headingLevel,
  stepActions,
  editHref,
}: {
  entries: CoachingEntry[];
  headingLevel: 3 | 4;
  stepActions?: (entry: CoachingEntry, step: NextStep) => ReactNode;
  editHref?: (entry: CoachingEntry) => string;
}) {
  const { t } = useTranslation();
  const hours = useHours();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="coaching-log">
      {entries.map((entry) => (
        <li key={entry.id}>
          <Heading>
            {formatDate(entry.date)} · {t(`agreements.kind.${entry.kind}`)} · {hours(entry.hours)}
            {entry.over && (
              <>
                {' '}
                <span className="badge badge-missing">{t('agreements.over')}</span>
              </>
            )}
          </Heading>
          <EntryFacts entry={entry} />
          {entry.notes && <p className="note-text">{entry.notes}</p>}
          {entry.next_steps.length > 0 && (
            <>
              <p>
                <strong>{t('coaching.nextSteps')}</strong>
              </p>
              <ul className="next-steps">
                {entry.next_steps.map((step) => (
                  <li key={step.id}>
                    {step.title} · {step.owner ? step.owner.name : t('coaching.noOwner')} · {t('coaching.dueOn', { date: formatDate(step.due_on) })}{' '}
                    <StepStatus step={step} />
                    {stepActions?.(entry, step)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="meta">{t('coaching.loggedBy', { name: entry.created_by.name })}</p>
          {editHref && entry.may.edit && (
            <p>
              <Link to={editHref(entry)}>{t('coaching.editEntry', { date: formatDate(entry.date) })}</Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
