import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type AssessmentCriteria, type AssessmentList, type MeasureSummary, type Team } from '../api';
import { verdict } from '../assessments';
import { AssessmentForm } from '../components/assessments/AssessmentForm';
import { AssessmentRecord } from '../components/assessments/AssessmentRecord';
import { CriteriaForm } from '../components/assessments/CriteriaForm';
import { RatingsChart, RatingsTable } from '../components/assessments/RatingsChart';
import { Status } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { formatDateTime } from '../format';
import { ExportLinks } from '../components/ExportLinks';
import { withUnit } from '../measures';

function Criteria({ criteria, measures }: { criteria: AssessmentCriteria; measures: MeasureSummary[] }) {
  const { t } = useTranslation();
  if (!criteria.criteria.length) return <p>{t('assessments.criteria.none')}</p>;
  return (
    <>
      <ul>
        {criteria.criteria.map((c) => (
          <li key={c.id}>
            {t(c.direction === 'lower_is_better' ? 'assessments.criteria.atMost' : 'assessments.criteria.atLeast', {
              description: c.description,
              threshold: withUnit(c.threshold, c.unit),
            })}
            {c.measure_id != null && (
              <span className="meta">
                {' '}
                {t('assessments.criteria.measuredBy', { measure: measures.find((m) => m.id === c.measure_id)?.name ?? '—' })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {criteria.declared_by_name && criteria.declared_at && (
        <p className="meta">
          {t('assessments.criteria.declared', { version: criteria.version, name: criteria.declared_by_name, time: formatDateTime(criteria.declared_at) })}
        </p>
      )}
    </>
  );
}

function AssessmentsView({ initial, team, measures }: { initial: AssessmentList; team: Team | null; measures: MeasureSummary[] }) {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const [list, setList] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  // A new blank form after each one recorded (not after an edit or a delete, which leave what is typed there alone).
  const [recorded, setRecorded] = useState(0);
  const historyHeading = useRef<HTMLHeadingElement>(null);
  const reload = async (message: string) => {
    setList(await api.listTeamAssessments(teamId));
    setStatus(message);
  };
  const terms = [...list.assessments].reverse().map((a) => a.term);
  return (
    <>
      <h1>{t('assessments.title')}</h1>
      <p className="lead">
        <Link to={`/teams/${teamId}`}>{team ? t('measure.backTo', { team: team.name }) : t('measure.backToTeam')}</Link>
      </p>
      <Status message={status} />
      <p className="verdict"><strong>{t(`assessments.verdict.${verdict(list)}`)}</strong></p>
      <section aria-labelledby="criteria">
        <h2 id="criteria">{t('assessments.criteria.title')}</h2>
        <p>{t('assessments.criteria.intro')}</p>
        <Criteria criteria={list.criteria} measures={measures} />
        {list.may.contribute && (
          <CriteriaForm key={list.criteria.version} teamId={teamId} criteria={list.criteria} measures={measures}
            saved={(next) => void reload(t('assessments.criteria.saved', { version: next.version }))} />
        )}
      </section>
      {list.assessments.length > 0 && (
        <section aria-labelledby="over-time">
          <h2 id="over-time">{t('assessments.chart.title')}</h2>
          <RatingsChart trend={list.trend} terms={terms} />
          <RatingsTable trend={list.trend} terms={terms} />
        </section>
      )}
      <section aria-labelledby="history">
        <h2 id="history" ref={historyHeading} tabIndex={-1}>{t('assessments.record.list')}</h2>
        {list.assessments.length ? (
          <ul className="cards">
            {list.assessments.map((a) => (
              <AssessmentRecord key={a.id} teamId={teamId} assessment={a} criteria={list.criteria} may={list.may.contribute}
                saved={(made) => reload(t('assessments.edit.saved', { term: made.term }))}
                removed={(gone) => reload(t('assessments.delete.done', { term: gone.term })).then(() => historyHeading.current?.focus())} />
            ))}
          </ul>
        ) : (
          <p>{t('assessments.record.none')}</p>
        )}
      </section>
      {list.may.contribute && (
        <AssessmentForm key={recorded} teamId={teamId} criteria={list.criteria} created={(made) => {
          setRecorded((n) => n + 1);
          void reload(t('assessments.form.saved', { term: made.term })).then(() => historyHeading.current?.focus());
        }} />
      )}
      {list.assessments.length > 0 && <ExportLinks teamId={teamId} headingLevel={2} topic="assessments" />}
    </>
  );
}

export default function Assessments() {
  const teamId = Number(useParams().id);
  const { t } = useTranslation();
  const [load] = useLoad(async () => {
    const list = await api.listTeamAssessments(teamId);
    const team = await api.getTeam(teamId).catch(() => null);
    const measures = (await api.listTeamMeasures(teamId).catch(() => null))?.measures ?? [];
    return { list, team, measures };
  }, [teamId]);
  usePageTitle(load.state === 'ready' ? t('assessments.title') : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  return <AssessmentsView key={teamId} initial={load.data.list} team={load.data.team} measures={load.data.measures} />;
}
