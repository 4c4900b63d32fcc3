import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Assessment, type AssessmentCriteria, type AssessmentList, type Team } from '../api';
import { verdict } from '../assessments';
import { AssessmentForm } from '../components/assessments/AssessmentForm';
import { CriteriaForm } from '../components/assessments/CriteriaForm';
import { RatingsChart, RatingsTable } from '../components/assessments/RatingsChart';
import { Status } from '../components/forms';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { formatDate, formatDateTime } from '../format';
import { ExportLinks } from '../components/ExportLinks';
import { withUnit } from '../measures';

function Criteria({ criteria }: { criteria: AssessmentCriteria }) {
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

function AssessmentRecord({ assessment, criteria }: { assessment: Assessment; criteria: AssessmentCriteria }) {
  const { t } = useTranslation();
  return (
    <li>
      <h3>{t('assessments.record.title', { term: assessment.term, date: formatDate(assessment.taken_on) })}</h3>
      <ul>
        {assessment.ratings.map((r) => (
          <li key={r.area}>
            {/* one span: the card list's items stack their children */}
            <span>
              <strong>{t(`plan.area.${r.area}`)}</strong>: {t('assessments.chart.cell', { rating: r.rating, level: t(`assessments.level.${r.rating}`) })}
            </span>
            {r.evidence && <span className="meta"> — {r.evidence}</span>}
          </li>
        ))}
      </ul>
      {assessment.results.length > 0 && (
        <ul>
          {assessment.results.map((r) => {
            const c = criteria.criteria.find((x) => x.id === r.criterion_id);
            const observed = r.observed == null ? null : withUnit(r.observed, c?.unit ?? '');
            return (
              <li key={r.criterion_id}>
                {c?.description}: {t(`assessments.result.${r.result}`)}
                {observed !== null && (
                  <span className="meta">
                    {' '}
                    {r.source === 'measure' && r.observed_on
                      ? t('assessments.record.fromMeasure', { value: observed, date: formatDate(r.observed_on) })
                      : t('assessments.record.entered', { value: observed })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="meta">{t('assessments.record.by', { name: assessment.created_by_name, time: formatDateTime(assessment.created_at) })}</p>
    </li>
  );
}

function AssessmentsView({ initial, team }: { initial: AssessmentList; team: Team | null }) {
  const { t } = useTranslation();
  const teamId = Number(useParams().id);
  const [list, setList] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
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
        <Criteria criteria={list.criteria} />
        {list.may.contribute && (
          <CriteriaForm key={list.criteria.version} teamId={teamId} criteria={list.criteria}
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
            {list.assessments.map((a) => <AssessmentRecord key={a.id} assessment={a} criteria={list.criteria} />)}
          </ul>
        ) : (
          <p>{t('assessments.record.none')}</p>
        )}
      </section>
      {list.may.contribute && (
        <AssessmentForm key={list.assessments.length} teamId={teamId} criteria={list.criteria} created={(made) => {
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
    return { list, team };
  }, [teamId]);
  usePageTitle(load.state === 'ready' ? t('assessments.title') : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  return <AssessmentsView key={teamId} initial={load.data.list} team={load.data.team} />;
}
