import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, type Minutes as MinutesData, type Ref } from '../api';
import { FormAlert, Status, SubmitButton, TextAreaField, invalid, useForm } from '../components/forms';
import { ObjectivesList } from '../components/ObjectivesList';
import { LoadFailed, Loading, TableRegion, useLoad, usePageTitle } from '../components/page';
import { dateLocale, formatDate, formatDateTime } from '../format';
import { currentLanguage } from '../i18n';
import { formatInZone } from '../meetings';

const nameOf = (value: string | Ref | null | undefined) => (value && typeof value === 'object' ? value.name : value ?? '');

function AddAmendment({ meetingId, added }: { meetingId: number; added: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = form.submit(async () => {
    setStatus(null);
    if (!text.trim()) throw invalid(t('errors.checkFields'), { text: t('form.required') });
    await api.addAmendment(meetingId, text.trim());
    setText('');
    await added();
    setStatus(t('minutes.amendmentAdded'));
  });
  return (
    <section aria-labelledby="add-amendment" className="no-print">
      <h3 id="add-amendment">{t('minutes.addAmendment')}</h3>
      <form noValidate onSubmit={onSubmit} ref={form.formRef}>
        <FormAlert message={form.errors.form} />
        <TextAreaField label={t('minutes.amendmentText')} hint={t('minutes.amendmentHint')} name="text" value={text} onChange={setText} error={form.errors.fields.text} />
        <SubmitButton busy={form.busy}>{t('minutes.addAmendmentSubmit')}</SubmitButton>
      </form>
      <Status message={status} />
    </section>
  );
}

function MinutesView({ minutes, canWrite, reload }: { minutes: MinutesData; canWrite: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const location = useLocation();
  const flash = (location.state as { message?: string } | null)?.message ?? null;
  const a = minutes.attendance;
  const list = (names: string[]) => (names.length ? names.join(', ') : t('team.none'));
  return (
    <>
      <h1>{t('minutes.title', { title: minutes.title })}</h1>
      <p className="lead">
        {nameOf(minutes.team)} · {minutes.starts_at ? formatInZone(minutes.starts_at, minutes.time_zone, dateLocale()) : ''}
      </p>
      <Status message={flash} />
      <div className="actions no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('minutes.print')}
        </button>
        <a className="button" href={`/api/v1/meetings/${minutes.meeting_id}/minutes?format=html&lang=${currentLanguage()}`}>
          {t('minutes.printable')}
        </a>
        <Link className="button" to={`/meetings/${minutes.meeting_id}`}>
          {t('minutes.backToMeeting')}
        </Link>
      </div>
      {minutes.goal && (
        <p>
          <strong>{t('planner.goal')}:</strong> {minutes.goal}
        </p>
      )}
      <h2>{t('live.attendance')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('attendance.present')}</dt>
          <dd>{list(a.present)}</dd>
        </div>
        <div>
          <dt>{t('attendance.absent')}</dt>
          <dd>{list(a.absent)}</dd>
        </div>
        <div>
          <dt>{t('attendance.excused')}</dt>
          <dd>{list(a.excused)}</dd>
        </div>
        <div>
          <dt>{t('attendance.notRecorded')}</dt>
          <dd>{list(a.not_recorded)}</dd>
        </div>
      </dl>
      <ObjectivesList objectives={minutes.objectives} />
      <h2>{t('planner.agenda')}</h2>
      <ol>
        {minutes.agenda.map((item) => (
          <li key={item.agenda_item_id}>
            <strong>{item.title}</strong>{' '}
            <span className="meta">
              {t('meeting.minutes', { count: item.minutes })} · {t(`meeting.kind.${item.kind}`)}
            </span>
            {item.notes.length > 0 && (
              <ul>
                {item.notes.map((n, i) => (
                  <li key={i}>
                    <strong>{nameOf(n.author)}:</strong> {n.text}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <h2>{t('live.decisions')}</h2>
      {minutes.decisions.length ? (
        <ul>
          {minutes.decisions.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : (
        <p>{t('minutes.noDecisions')}</p>
      )}
      <h2>{t('live.actionItems')}</h2>
      {minutes.action_items.length ? (
        <TableRegion caption={t('live.actionCaption')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('live.what')}</th>
              <th scope="col">{t('live.owner')}</th>
              <th scope="col">{t('live.due')}</th>
              <th scope="col">{t('live.status')}</th>
            </tr>
          </thead>
          <tbody>
            {minutes.action_items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.title}</th>
                <td>{item.owner ?? '—'}</td>
                <td>{formatDate(item.due)}</td>
                <td>{t(`action.status.${item.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : (
        <p>{t('live.noActions')}</p>
      )}
      <p className="meta">{t('minutes.closedBy', { name: nameOf(minutes.closed_by), time: formatDateTime(minutes.closed_at) })}</p>
      <section aria-labelledby="amendments">
        <h2 id="amendments">{t('minutes.amendments')}</h2>
        {minutes.amendments.length ? (
          <ul className="cards amendments">
            {minutes.amendments.map((m) => (
              <li key={m.id}>
                <span>{m.text}</span>
                <span className="meta">{t('minutes.amendedBy', { name: nameOf(m.author), time: formatDateTime(m.created_at) })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('minutes.noAmendments')}</p>
        )}
        {canWrite && <AddAmendment meetingId={minutes.meeting_id} added={reload} />}
      </section>
    </>
  );
}

export default function Minutes() {
  const { t } = useTranslation();
  const meetingId = Number(useParams().id);
  const [load, reload] = useLoad(async () => {
    const [minutes, meeting] = await Promise.all([api.getMinutes(meetingId), api.getMeeting(meetingId)]);
    return { minutes, canWrite: meeting.may.contribute };
  }, [meetingId]);
  usePageTitle(load.state === 'ready' ? t('minutes.title', { title: load.data.minutes.title }) : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  return <MinutesView minutes={load.data.minutes} canWrite={load.data.canWrite} reload={reload} />;
}
