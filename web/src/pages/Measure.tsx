import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Measure as MeasureData, type Team } from '../api';
import { FormAlert, Status } from '../components/forms';
import { AddPoint, MeasurePointsTable } from '../components/measures/MeasurePoints';
import { ExportLinks } from '../components/ExportLinks';
import { FromDataView } from '../components/measures/FromDataView';
import { BaselineForm, ImportPoints } from '../components/measures/MeasureSettings';
import { PointActions, PointForm, usePointEditing } from '../components/measures/PointEdit';
import { RunChart } from '../components/measures/RunChart';
import { CycleMarksList, useCycleMarks } from '../components/prototypes/RunChartMarks';
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

/** The points table, with Edit and Remove on each row and the form of the point being corrected, when the reader may. */
function Points({
  measure,
  changed,
  headingRef,
}: {
  measure: MeasureData;
  changed: (measure: MeasureData, status: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const editing = usePointEditing(measure, (updated, status) => {
    changed(updated, status);
    headingRef.current?.focus();
  });
  const open = editing.editing;
  return (
    <>
      <MeasurePointsTable
        measure={measure}
        headingRef={headingRef}
        actions={
          measure.may.contribute
            ? (point) => (
                <PointActions point={point} confirming={editing.confirming === point.date}
                  setConfirming={(on) => editing.setConfirming(on ? point.date : null)}
                  edit={(p) => editing.setEditing(p)} remove={editing.remove} />
              )
            : undefined
        }
      />
      <FormAlert message={editing.error} />
      {open && (
        <PointForm key={open.date} measure={measure} point={open} cancel={() => {
          editing.setEditing(null);
          headingRef.current?.focus();
        }} saved={(updated) => {
          editing.setEditing(null);
          changed(updated, t('measure.edit.saved', { date: formatDate(open.date) }));
          headingRef.current?.focus();
        }} />
      )}
    </>
  );
}

/** What only a contributor sees below the points: add one, import a spreadsheet, choose where the median comes from. */
function Contribute({ measure, changed }: { measure: MeasureData; changed: (measure: MeasureData, status: string, date?: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <AddPoint measure={measure} added={(updated, date) => changed(updated, t('measure.add.added', { date: formatDate(date) }), date)} />
      <ImportPoints measure={measure} imported={(updated, count) => changed(updated, t('measure.import.added', { count }))} />
      <FromDataView measure={measure} added={(updated, status) => changed(updated, status)} />
      <BaselineForm key={measure.version} measure={measure} saved={(updated) => changed(updated, t('measure.baseline.saved'))} />
    </>
  );
}

function MeasureView({ initial, team }: { initial: MeasureData; team: Team | null }) {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const pointsHeading = useRef<HTMLHeadingElement>(null);
  const cycleMarks = useCycleMarks(measure.id);
  const changed = (updated: MeasureData, message: string) => {
    setMeasure(updated);
    setStatus(message);
  };
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
        <RunChart measure={measure} cycleMarks={cycleMarks} />
        <CycleMarksList teamId={measure.team_id} marks={cycleMarks} />
      </section>
      <Signals measure={measure} />
      <Points measure={measure} changed={changed} headingRef={pointsHeading} />
      {measure.may.contribute && (
        <Contribute
          measure={measure}
          changed={(updated, message, date) => {
            changed(updated, message);
            if (date) pointsHeading.current?.focus();
          }}
        />
      )}
      <ExportLinks teamId={measure.team_id} headingLevel={2} />
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
