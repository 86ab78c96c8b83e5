// Labels that are never cut: long names (scenarios, parameters) are wrapped onto lines at hyphens and spaces, and an
// axis or legend shows the lines through a labelExpr lookup, with no labelLimit. Scenario colours are fixed by the
// order of the scenarios, so that every chart of a comparison agrees.

import { parameterLabel, parameterName } from '../scenario/describe.js';

/** Characters per line of a wrapped label. */
export const LABEL_WIDTH = 22;

/**
 * A text as lines of at most `width` characters where it can break: after a hyphen, at a space or an underscore. A
 * word longer than the width stays whole on its own line (never cut).
 */
export function wrapLabel(text: string, width = LABEL_WIDTH): string[] {
  if (text.length <= width) return [text];
  const pieces = text.match(/[^\s_-]+(?:[-_]+|\s+|$)|[-_\s]+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line !== '' && (line + piece).trimEnd().length > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * A Vega expression that shows each label as its lines: the labels that need wrapping map to their lines, any other
 * label shows as it is. `lines` gives the lines of a label (default: wrapLabel).
 */
export function wrappedLabelExpr(
  labels: readonly string[],
  lines: (label: string) => string[] = (label) => wrapLabel(label),
): string | undefined {
  const wrapped = Object.fromEntries(
    [...new Set(labels)].map((l) => [l, lines(l)] as const).filter(([l, ls]) => ls.length > 1 || ls[0] !== l),
  );
  if (Object.keys(wrapped).length === 0) return undefined;
  return `(${JSON.stringify(wrapped)})[datum.label] || (datum.label)`;
}

/** Axis properties that show every label whole: no length limit, long labels wrapped onto lines. */
export function wholeLabelsAxis(labels: readonly string[], lines?: (label: string) => string[]) {
  const labelExpr = wrappedLabelExpr(labels, lines);
  return { labelLimit: 0, ...(labelExpr ? { labelExpr, labelLineHeight: 13 } : {}) };
}

/** Legend properties for lines: swatches are strokes in the line's own colour, labels whole (wrapped when long). */
export function lineLegend(labels: readonly string[], title: string | null = null, orient: 'right' | 'top' = 'right') {
  const labelExpr = wrappedLabelExpr(labels);
  return {
    title,
    ...(orient === 'top' ? { orient, direction: 'horizontal', columns: Math.min(labels.length, 3) } : {}),
    symbolType: 'stroke',
    symbolStrokeWidth: 3,
    symbolOpacity: 1,
    symbolSize: 240,
    labelLimit: 0,
    ...(labelExpr ? { labelExpr } : {}),
  };
}

/** The colours of scenarios, in order (Tableau 10): the baseline is always the first. */
export const SCENARIO_PALETTE = [
  '#4c78a8',
  '#f58518',
  '#e45756',
  '#72b7b2',
  '#54a24b',
  '#eeca3b',
  '#b279a2',
  '#ff9da6',
  '#9d755d',
  '#bab0ac',
];

/** A colour scale of scenarios: each keeps its colour in every chart of the comparison. */
export function scenarioColorScale(scenarios: readonly string[]) {
  return { domain: [...scenarios], range: scenarios.map((_, i) => SCENARIO_PALETTE[i % SCENARIO_PALETTE.length]) };
}

/**
 * Columns of a grid of `count` panels with no empty cell where one exists: the largest divisor of count up to `max`
 * (at least 2 when count is above `max`); a prime count above `max` gets `max` columns.
 */
export function gridColumns(count: number, max = 3): number {
  if (count <= max) return Math.max(count, 1);
  for (let c = max; c >= 2; c--) if (count % c === 0) return c;
  return max;
}

/**
 * A parameter as lines of a label: its words from the schema (wrapped), then its path in parentheses; just the path
 * when the schema has no words for it.
 */
export function parameterLines(path: string, width = 30): string[] {
  const words = parameterLabel(path);
  return words === parameterName(path) ? [path] : [...wrapLabel(words, width), `(${path})`];
}
