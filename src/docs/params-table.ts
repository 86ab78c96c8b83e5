// The parameter table of docs/ODD.md, generated from the scenario schema: path, default, unit and justification of every parameter.
// src/docs/write-odd-table.ts writes it between the markers; tests/docs/params-table.test.ts checks the ODD is current.
import { schemaEntries, splitDescription } from './schema-leaves.js';

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

/** The Markdown table of every parameter (groups as bold rows with their description), without a trailing newline. */
export function parameterTable(): string {
  const lines = ['| parameter | default | unit | justification |', '|---|---|---|---|'];
  for (const entry of schemaEntries()) {
    if (entry.isGroup) {
      lines.push(`| **${cell(entry.path)}** | | | ${cell(entry.description)} |`);
      continue;
    }
    const { unit, justification } = splitDescription(entry.description);
    lines.push(`| \`${cell(entry.path)}\` | ${cell(formatDefault(entry.hasDefault, entry.defaultValue))} | ${cell(unit || '—')} | ${cell(justification)} |`);
  }
  return lines.join('\n');
}
