/** A chart's key: a swatch and its words per entry. aria-hidden like the chart: the table after it is read out. */
export function ChartLegend({ entries }: { entries: { swatch: string; label: string }[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {entries.map((entry) => (
        <li key={entry.swatch}>
          <span className={`swatch swatch-${entry.swatch}`} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
