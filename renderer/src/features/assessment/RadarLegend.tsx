/**
 * The legend under the results radar, drawn from the same RadarDefinition as the chart (and the
 * Word report's legend): each entry's sample line has the series' colour, dash and fill. Kept out
 * of charts.tsx so it shows before the chart code has loaded.
 */
import type { RadarDefinition } from '@shared/charts/radar';

export function RadarLegend({ chart }: { chart: RadarDefinition }) {
  return (
    <ul className="chart-legend" data-testid="radar-legend">
      {chart.legend.map((s) => (
        <li key={s.kind} data-kind={s.kind}>
          <svg className="legend-sample" width="34" height="12" aria-hidden="true">
            {s.fillOpacity !== null ? (
              <rect x="1" y="1" width="32" height="10" fill={s.colour} fillOpacity={s.fillOpacity} stroke={s.colour} strokeWidth="2" />
            ) : (
              <line x1="1" y1="6" x2="33" y2="6" stroke={s.colour} strokeWidth="4" strokeDasharray={s.dash ?? undefined} />
            )}
          </svg>{' '}
          {s.label}
        </li>
      ))}
    </ul>
  );
}
