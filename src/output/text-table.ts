// Plain-text tables of experiments: aligned columns, numbers to a sensible precision.

/** Whole numbers from 1,000 up, two decimals from 1, three significant digits below; NA for non-finite numbers. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return 'NA';
  const a = Math.abs(x);
  if (a >= 1e7) return x.toExponential(2);
  if (a >= 1000) return x.toFixed(0);
  if (a >= 1 || a === 0) return x.toFixed(2);
  return x.toPrecision(3);
}

/** Rows of cells as aligned text, a rule under the header. */
export function alignTable(lines: readonly (readonly string[])[]): string {
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  const text = lines.map((l) =>
    l
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd(),
  );
  return [text[0], widths.map((w) => '-'.repeat(w)).join('  '), ...text.slice(1)].join('\n') + '\n';
}
