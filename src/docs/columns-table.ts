// The output-column table of docs/ODD.md, generated from the registry of outcomes: name, when it is measured,
// description.
import { OUTCOMES } from '../metrics/outcomes.js';
import { cell } from './params-table.js';

/** The two columns record() writes before the outcomes. */
const KEY_COLUMNS: readonly { name: string; description: string }[] = [
  { name: 'step', description: 'steps done: 0 is the state after initialisation, t the state after month t' },
  {
    name: 'date',
    description:
      'calendar month of the row, YYYY-MM: step 0 is December of startYear - 1, step t is month t from January of startYear',
  },
];

/** The Markdown table of timeseries.csv's columns, in file order, without a trailing newline. */
export function columnsTable(): string {
  const lines = ['| column | measured | description |', '|---|---|---|'];
  for (const c of KEY_COLUMNS) lines.push(`| \`${c.name}\` | every row | ${cell(c.description)} |`);
  for (const c of OUTCOMES) {
    const when = c.costly ? 'step 0, every `metrics.costlyEvery` steps, last step (NA otherwise)' : 'every row';
    lines.push(`| \`${cell(c.name)}\` | ${when} | ${cell(c.description)} |`);
  }
  return lines.join('\n');
}
