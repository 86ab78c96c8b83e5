// The calibration's fit: the distance of every design point to the targets against one parameter at a time, a panel
// per parameter named in words from the schema with its path; where the good fits lie.
import { VL_SCHEMA } from './common.js';
import { gridColumns, parameterLines, wrappedLabelExpr } from './labels.js';
import type { ChartSpec } from './types.js';

export function calibrationChartSpec(
  points: readonly Record<string, number | string>[],
  paths: readonly string[],
): ChartSpec {
  const values = points.flatMap((p) =>
    paths.map((path) => ({ parameter: path, value: p[path], distance: p.distance, accepted: p.accepted })),
  );
  return {
    $schema: VL_SCHEMA,
    title: {
      text: 'Calibration: distance to the targets over each parameter',
      anchor: 'start',
      subtitle: 'each dot a design point (mean over its seeds); accepted points in red',
    },
    description:
      "The distance of every design point to the fitted targets against each calibrated parameter's value; accepted points in red.",
    data: { values },
    facet: {
      field: 'parameter',
      type: 'nominal',
      title: null,
      sort: [...paths],
      header: { labelLimit: 0, labelExpr: wrappedLabelExpr(paths, (p) => parameterLines(p, 34)) },
    },
    columns: gridColumns(paths.length, 3),
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 190,
      height: 160,
      mark: { type: 'point', filled: true, size: 20, opacity: 0.8, tooltip: { content: 'data' } },
      encoding: {
        x: { field: 'value', type: 'quantitative', title: 'value', scale: { zero: false } },
        y: { field: 'distance', type: 'quantitative', title: 'distance to the targets', scale: { type: 'log' } },
        color: {
          field: 'accepted',
          type: 'nominal',
          title: 'accepted',
          scale: { domain: ['yes', 'no'], range: ['#c0392b', '#bbbbbb'] },
        },
      },
    },
  } as unknown as ChartSpec;
}
