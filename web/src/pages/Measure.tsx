import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Measure as MeasureData, type Team } from '../api';
import { Status } from '../components/forms';
import { AddPoint, MeasurePointsTable } from '../components/measures/MeasurePoints';
import { RunChart } from '../components/measures/RunChart';
import { LoadFailed, Loading, useLoad, usePageTitle } from '../components/page';
import { formatDate, formatDateTime } from '../format';
import { signalSentences, withUnit } from '../measures';

function Definition({ measure }: { measure: MeasureData }) {
  const { t } = useTranslation();
  const median = measure.median === null ? null : withUnit(measure.median, measure.unit);
  return (
    <section aria-labelledby="definition">
      <h2 id="definition">{t('measure.definition')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('measure.numerator')}</dt>
          <dd>{measure.numerator || t('measure.notWritten')}</dd>
        </div>
        <div>
          <dt>{t('measure.denominator')}</dt>
          <dd>{measure.denominator || t('measure.notWritten')}</dd>
        </div>
        <div>
          <dt>{t('measure.unit')}</dt>
          <dd>{measure.unit}</dd>
        </div>
        <div>
          <dt>{t('measure.direction')}</dt>
          <dd>{t(`measures.direction.${measure.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('measure.median')}</dt>
          <dd>
            {median === null
              ? t('measure.noMedian')
              : measure.baseline_points === null
                ? t('measure.medianAll', { median })
                : t('measure.medianBaseline', { median, count: measure.baseline_points })}
          </dd>
        </div>
      </dl>
      <p className="meta">{t('measure.startedBy', { name: measure.created_by_name, time: formatDateTime(measure.created_at) })}</p>
    </section>
  );
}

function Signals({ measure }: { measure: MeasureData }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="signals">
      <h2 id="signals">{t('measure.signals.title')}</h2>
      <ul className="signal-sentences">
        {signalSentences(t, measure).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p>{t('measure.signals.astronomical')}</p>
    </section>
  );
}

function MeasureView({ initial, team }: { initial: MeasureData; team: Team | null }) {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const pointsHeading = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <h1>{measure.name}</h1>
      <p className="lead">
        <Link to={`/teams/${measure.team_id}`}>{team ? t('measure.backTo', { team: team.name }) : t('measure.backToTeam')}</Link>
      </p>
      <Status message={status} />
      <Definition measure={measure} />
      <section aria-labelledby="run-chart">
        <h2 id="run-chart">{t('measure.chart.title')}</h2>
        <RunChart measure={measure} />
      </section>
      <Signals measure={measure} />
      <MeasurePointsTable measure={measure} headingRef={pointsHeading} />
      {measure.may.contribute && (
        <AddPoint
          measure={measure}
          added={(updated, date) => {
            setMeasure(updated);
            setStatus(t('measure.add.added', { date: formatDate(date) }));
            pointsHeading.current?.focus();
          }}
        />
      )}
    </>
  );
}

export default function Measure() {
  const measureId = Number(useParams().id);
  const [load] = useLoad(async () => {
    const measure = await api.getMeasure(measureId);
    // The team's name is for the link back; without it the link still leads there.
    const team = await api.getTeam(measure.team_id).catch(() => null);
    return { measure, team };
  }, [measureId]);
  usePageTitle(load.state === 'ready' ? load.data.measure.name : null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <LoadFailed error={load.error} />;
  return <MeasureView key={measureId} initial={load.data.measure} team={load.data.team} />;
}
