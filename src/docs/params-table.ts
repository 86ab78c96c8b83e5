// The parameter table of docs/ODD.md, generated from the scenario schema: path, default, range, unit and justification
// of every parameter. src/docs/write-odd-table.ts writes it between the markers; tests/docs/params-table.test.ts checks
// the ODD is current.
import { schemaEntries, splitDescription, type Range } from './schema-leaves.js';

/** A table cell: one line, pipes escaped (GitHub tables need \| even inside code spans). */
export function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** A default value as the reader would type it in a scenario file. */
export function formatDefault(hasDefault: boolean, value: unknown): string {
  if (!hasDefault) return '(required)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => formatDefault(true, v)).join(', ');
  if (typeof value === 'string') return value === '' ? "''" : `\`${value}\``;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `\`${JSON.stringify(value)}\``;
}

/** A number as the reader would type it; the largest safe integer (a seed's bound) as 2^53 - 1. */
function formatBound(value: number): string {
  return value === Number.MAX_SAFE_INTEGER ? '2^53 - 1' : String(value);
}

/**
 * A range in interval notation, brackets inclusive and parentheses exclusive: [0, 1], (0, 100], integers [1, 2400],
 * 1 to 6 items; '—' when there are no bounds (switches, choices).
 */
export function formatRange(range: Range | undefined): string {
  if (!range) return '—';
  const low = range.exclusiveMinimum ?? range.minimum;
  const high = range.exclusiveMaximum ?? range.maximum;
  if (range.items) return `${low ?? 0} to ${high === undefined ? 'any number of' : high} items`;
  const open = range.exclusiveMinimum !== undefined ? '(' : '[';
  const close = range.exclusiveMaximum !== undefined ? ')' : ']';
  const interval = `${low === undefined ? '(-∞' : open + formatBound(low)}, ${high === undefined ? '∞)' : formatBound(high) + close}`;
  return range.integer ? `integers ${interval}` : interval;
}

/** The Markdown table of every parameter (groups as bold rows with their description), without a trailing newline. */
export function parameterTable(): string {
  const lines = ['| parameter | default | range | unit | justification |', '|---|---|---|---|---|'];
  for (const entry of schemaEntries()) {
    if (entry.isGroup) {
      lines.push(`| **${cell(entry.path)}** | | | | ${cell(entry.description)} |`);
      continue;
    }
    const { unit, justification } = splitDescription(entry.description);
    const columns = [
      formatDefault(entry.hasDefault, entry.defaultValue),
      formatRange(entry.range),
      unit || '—',
      justification,
    ];
    lines.push(`| \`${cell(entry.path)}\` | ${columns.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}
