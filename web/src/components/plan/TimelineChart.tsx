import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth } from '../../format';
import { defaultGeometry, type Timeline, type TimelineItem } from '../../timeline';

/** The accessible name of a mark: what it is, its due date, lane and state (overdue is said, not only coloured). */
export function useItemName() {
  const { t } = useTranslation();
  return (item: TimelineItem) =>
    t('plan.timeline.itemName', {
      kind: t(`plan.timeline.${item.kind}`),
      title: item.title,
      date: formatDate(item.date),
      area: item.lane === 'none' ? t('plan.noArea') : t(`plan.area.${item.lane}`),
      state: item.overdue ? t('plan.timeline.overdueMark') : item.done ? t('plan.timeline.done') : t('plan.timeline.open'),
    });
}

function Mark({ item, name }: { item: TimelineItem; name: string }) {
  const shape =
    item.kind === 'milestone' ? (
      <path d={`M ${item.x} ${item.y - 10} L ${item.x + 10} ${item.y} L ${item.x} ${item.y + 10} L ${item.x - 10} ${item.y} Z`} className="tl-milestone" />
    ) : (
      <circle cx={item.x} cy={item.y} r={8} className="tl-task" />
    );
  return (
    <g className={`tl-item${item.overdue ? ' tl-overdue' : ''}${item.done ? ' tl-done' : ''}`} tabIndex={0} role="img" aria-label={name}>
      <title>{name}</title>
      {shape}
      {item.overdue && (
        <text x={item.x} y={item.y - 14} textAnchor="middle" className="tl-overdue-mark" aria-hidden="true">
          !
        </text>
      )}
    </g>
  );
}

/** The SVG timeline: months along the top, one lane per plan area, today's line and dependency arrows. */
export function TimelineChart({ layout }: { layout: Timeline }) {
  const { t } = useTranslation();
  const name = useItemName();
  const g = defaultGeometry;
  return (
    <svg className="timeline" viewBox={`0 0 ${g.width} ${layout.height}`} role="group" aria-label={t('plan.timeline.intro')}>
      <defs>
        <marker id="tl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="tl-arrowhead" />
        </marker>
      </defs>
      <g aria-hidden="true">
        {layout.lanes.map((lane, index) => (
          <g key={lane.key}>
            <rect x={0} y={lane.y - g.laneHeight / 2} width={g.width} height={g.laneHeight} className={index % 2 ? 'tl-lane-odd' : 'tl-lane'} />
            <text x={8} y={lane.y + 4} className="tl-lane-label">
              {lane.key === 'none' ? t('plan.noArea') : t(`plan.area.${lane.key}`)}
            </text>
          </g>
        ))}
        {layout.months.map((month, index) => (
          <g key={month.date}>
            <line x1={month.x} x2={month.x} y1={g.axisHeight - 6} y2={layout.height - g.padding} className="tl-grid" />
            {/* The last line closes the range: its month has no days on the drawing, so it has no label. */}
            {index < layout.months.length - 1 && (
              <text x={month.x + 4} y={g.axisHeight - 12} className="tl-month">
                {formatMonth(month.date)}
              </text>
            )}
          </g>
        ))}
        <line x1={layout.todayX} x2={layout.todayX} y1={g.axisHeight - 6} y2={layout.height - g.padding} className="tl-today" />
        <text x={layout.todayX + 4} y={layout.height - 4} className="tl-today-label">
          {t('plan.timeline.today')}
        </text>
        {layout.arrows.map((a) => (
          <line key={`${a.from}-${a.to}`} x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} className="tl-dependency" markerEnd="url(#tl-arrow)" />
        ))}
      </g>
      {layout.items.map((item) => (
        <Mark key={`${item.kind}-${item.id}`} item={item} name={name(item)} />
      ))}
    </svg>
  );
}
