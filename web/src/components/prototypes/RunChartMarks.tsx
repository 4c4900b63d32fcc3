import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../format';
import { CHART } from '../../measures';
import { prototypesApi, xForDate, type CycleMark } from '../../prototypesApi';
import { useLoad } from '../page';

/** The PDSA cycles that name a measure (none when they cannot be read: the chart stands without them). */
export function useCycleMarks(measureId: number): CycleMark[] {
  const [load] = useLoad(() => prototypesApi.marks(measureId).catch(() => ({ marks: [] })), [measureId]);
  return load.state === 'ready' ? load.data.marks : [];
}

export function markLabel(t: (key: string, options?: Record<string, unknown>) => string, mark: CycleMark): string {
  return t('prototypes.mark', { version: mark.version_number, cycle: mark.cycle_number });
}

/** Each cycle as a shaded band from its start to its end on the run chart (a line when it has no end), labelled
 * with its version and cycle: the change drawn beside the data. The list after the chart says the same in words. */
export function CycleMarksLayer({ marks, points }: { marks: CycleMark[]; points: { date: string; x: number }[] }) {
  const { t } = useTranslation();
  const bottom = CHART.height - CHART.bottom;
  return (
    <g className="run-chart-cycles">
      {marks.map((mark, i) => {
        if (!mark.starts_on) return null;
        const start = xForDate(mark.starts_on, points);
        if (start === null) return null;
        const end = mark.ends_on ? xForDate(mark.ends_on, points) ?? points[points.length - 1].x : start;
        return (
          <g key={`${mark.prototype_id}-${mark.version_number}-${mark.cycle_number}-${i}`} className="run-chart-cycle">
            <rect x={start} y={CHART.top} width={Math.max(end - start, 2)} height={bottom - CHART.top} />
            <text x={start + 3} y={CHART.top + 12 + (i % 2) * 14}>{markLabel(t, mark)}</text>
          </g>
        );
      })}
    </g>
  );
}

export function CycleMarksList({ teamId, marks }: { teamId: number; marks: CycleMark[] }) {
  const { t } = useTranslation();
  if (!marks.length) return null;
  return (
    <>
      <h3>{t('prototypes.marksTitle')}</h3>
      <ul className="run-chart-cycle-list">
        {marks.map((m, i) => (
          <li key={i}>
            <Link to={`/teams/${teamId}/prototypes/${m.prototype_id}`}>{m.prototype_title}</Link>: {markLabel(t, m)}
            {m.starts_on && ` (${[m.starts_on, m.ends_on].filter(Boolean).map((d) => formatDate(d)).join(' – ')})`}
          </li>
        ))}
      </ul>
    </>
  );
}
