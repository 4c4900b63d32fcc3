import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { checkPlan } from '../meetings';
import { whole, type AgendaRow, type Row } from '../planRows';
import { TextField } from './forms';

/** A visible label with the context a screen reader needs read before it ("Meeting 2, item 3:"). */
function Hidden({ prefix, text }: { prefix: string; text: string }) {
  return (
    <>
      <span className="visually-hidden">{prefix} </span>
      {text}
    </>
  );
}

/** One proposed meeting: what the planner said and why; for the lead, its title, length, objectives and agenda to edit. */
export function ProposedMeeting({
  row,
  index,
  share,
  manages,
  sectionTitle,
  errors,
  change,
  remove,
}: {
  row: Row;
  index: number;
  share: number;
  manages: boolean;
  sectionTitle: (id: string) => string;
  errors: Record<string, string>;
  change: (row: Row) => void;
  remove: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  const at = `meetings[${index}]`;
  const duration = whole(row.duration);
  const check = checkPlan(
    t,
    Number.isNaN(duration) ? 0 : duration,
    row.objectives,
    row.agenda.map((a) => ({ title: a.title, minutes: whole(a.minutes), kind: a.meetingKind })),
    share,
  );
  const headingId = `proposed-${row.key}`;
  const setAgenda = (key: number, patch: Partial<AgendaRow>) => change({ ...row, agenda: row.agenda.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  return (
    <li className="proposed-meeting panel">
      <h3 id={headingId} tabIndex={-1}>
        {t('guide.proposal.meetingN', { number, title: row.title || t('guide.proposal.untitled') })}
      </h3>
      <p className="meta">
        {t('guide.proposal.covers', { sections: row.sections.map(sectionTitle).join(' · ') })} ·{' '}
        {t('guide.proposal.minutes', { count: Number.isNaN(duration) ? 0 : duration, value: formatNumber(Number.isNaN(duration) ? 0 : duration) })}
      </p>
      <p className="why">
        <strong>{t('guide.proposal.why')}</strong> {row.why}
      </p>
      {manages ? (
        <>
          <div className="row-editor proposal-head">
            <TextField
              label={<Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.title')} />}
              name={`${at}.title`}
              value={row.title}
              onChange={(e) => change({ ...row, title: e.target.value })}
              error={errors[`${at}.title`]}
            />
            <TextField
              label={<Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.duration')} />}
              name={`${at}.duration_minutes`}
              inputMode="numeric"
              value={row.duration}
              onChange={(e) => change({ ...row, duration: e.target.value })}
              error={errors[`${at}.duration_minutes`]}
            />
          </div>
          <fieldset className={`field group${errors[`${at}.objectives`] ? ' field-invalid' : ''}`}>
            <legend>
              <Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.objectives')} />
            </legend>
            {errors[`${at}.objectives`] && <p className="field-error">{errors[`${at}.objectives`]}</p>}
            <ol className="objective-list">
              {row.objectives.map((objective, k) => (
                <li key={k} className="row-editor">
                  <TextField
                    label={<Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.objectiveN', { number: k + 1 })} />}
                    name={`${at}.objectives[${k}]`}
                    value={objective}
                    onChange={(e) => change({ ...row, objectives: row.objectives.map((o, j) => (j === k ? e.target.value : o)) })}
                    error={errors[`${at}.objectives[${k}]`]}
                  />
                  <button type="button" className="button button-small" onClick={() => change({ ...row, objectives: row.objectives.filter((_, j) => j !== k) })}>
                    {t('planner.remove')}
                    <span className="visually-hidden">
                      {' '}
                      {t('guide.proposal.meetingPrefix', { number })} {t('guide.proposal.objectiveN', { number: k + 1 })}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="button button-small" onClick={() => change({ ...row, objectives: [...row.objectives, ''] })}>
              {t('planner.addObjective')}
              <span className="visually-hidden"> {t('guide.proposal.toMeeting', { number })}</span>
            </button>
          </fieldset>
          <fieldset className="field group">
            <legend>
              <Hidden prefix={t('guide.proposal.meetingPrefix', { number })} text={t('guide.proposal.agenda')} />
            </legend>
            <ol className="agenda-editor">
              {row.agenda.map((item, k) => (
                <li key={item.key} className="proposal-agenda-row">
                  <span className="badge badge-planned">{t(`guide.agendaKind.${item.kind}`)}</span>
                  <TextField
                    label={<Hidden prefix={t('guide.proposal.itemPrefix', { meeting: number, number: k + 1 })} text={t('guide.proposal.itemTitle')} />}
                    name={`${at}.agenda[${k}].title`}
                    value={item.title}
                    onChange={(e) => setAgenda(item.key, { title: e.target.value })}
                    error={errors[`${at}.agenda[${k}].title`]}
                  />
                  <TextField
                    label={<Hidden prefix={t('guide.proposal.itemPrefix', { meeting: number, number: k + 1 })} text={t('guide.proposal.itemMinutes')} />}
                    name={`${at}.agenda[${k}].minutes`}
                    inputMode="numeric"
                    value={item.minutes}
                    onChange={(e) => setAgenda(item.key, { minutes: e.target.value })}
                    error={errors[`${at}.agenda[${k}].minutes`]}
                  />
                </li>
              ))}
            </ol>
          </fieldset>
          <div aria-live="polite" aria-atomic="true" className="rule-messages">
            {check.violations.length ? (
              <>
                <p>
                  <strong>{t('guide.proposal.breaks', { number })}</strong>
                </p>
                <ul className="violations">
                  {check.violations.map((v, i) => (
                    <li key={i}>{v.message}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('guide.proposal.keeps', { total: formatNumber(check.agendaMinutes), duration: formatNumber(check.duration) })}</p>
            )}
          </div>
          <button type="button" className="button button-danger button-small" onClick={remove}>
            {t('guide.proposal.remove', { number })}
          </button>
        </>
      ) : (
        <>
          <h4>{t('guide.proposal.objectivesHeading')}</h4>
          <ul>
            {row.objectives.map((o, k) => (
              <li key={k}>{o}</li>
            ))}
          </ul>
          <h4>{t('guide.proposal.agendaHeading')}</h4>
          <ol>
            {row.agenda.map((a) => (
              <li key={a.key}>
                {a.title} — {t('guide.proposal.minutes', { count: whole(a.minutes), value: formatNumber(whole(a.minutes)) })}
              </li>
            ))}
          </ol>
        </>
      )}
    </li>
  );
}
