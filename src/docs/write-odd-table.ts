// Rewrites the generated blocks of docs/ODD.md in place: the parameter table (from the schema), the output columns
// (from the registry of outcomes), and every number the prose quotes about the model at the defaults (computed from
// the code: the model createModel builds, the phases' own functions, the geography, a scenario file's timeline).
// Run with `npm run docs:params` or `npx tsx src/docs/write-odd-table.ts [path/to/ODD.md]`; the default path is
// docs/ODD.md of this repository. tests/docs/write-odd-table.test.ts fails when a block is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../scenario/load.js';
import { calendarText, policyExampleText } from './calendar-text.js';
import { wrapProse } from './format.js';
import { columnsTable } from './columns-table.js';
import { parkSectorsTable, regionsTable, sectorsText } from './geography-text.js';
import { agentCountsText, attributesText, initialNetworkText } from './initial-state.js';
import { replaceBlock } from './markers.js';
import { oddSource, type OddSource } from './odd-source.js';
import { parameterTable } from './params-table.js';
import { decayText, leavingText, successText } from './rule-examples.js';
import { attentionText, tieProbabilityTable } from './tie-examples.js';

/** The scenario file whose timeline section 7.11 shows, relative to the repository. */
export const POLICY_EXAMPLE = 'scenarios/subsidy-phased-withdrawal-with-fees.yaml';

const repositoryFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** The generated blocks of the ODD, by marker name, in the order they appear; each computed from the source. */
export const ODD_BLOCKS: Readonly<Record<string, (source: OddSource) => string>> = {
  regions: regionsTable,
  sectors: sectorsText,
  'park-sectors': parkSectorsTable,
  calendar: calendarText,
  columns: columnsTable,
  'agent-counts': agentCountsText,
  'agent-attributes': attributesText,
  'initial-network': initialNetworkText,
  'tie-probabilities': tieProbabilityTable,
  attention: attentionText,
  'task-success': successText,
  decay: decayText,
  leaving: leavingText,
  'policy-example': () => policyExampleText(loadScenario(repositoryFile(POLICY_EXAMPLE)), POLICY_EXAMPLE),
  parameters: parameterTable,
};

/** docs/ODD.md of this repository, found from this file's place in src/docs/. */
export function defaultOddPath(): string {
  return repositoryFile('docs/ODD.md');
}

/**
 * Every generated block, by marker name, computed from the source (the defaults unless given), its prose wrapped at
 * 120 columns like the rest of the ODD.
 */
export function generateBlocks(source: OddSource = oddSource()): Record<string, string> {
  return Object.fromEntries(Object.entries(ODD_BLOCKS).map(([name, generate]) => [name, wrapProse(generate(source))]));
}

/** The ODD's text with every generated block brought up to date. */
export function updateOdd(text: string, blocks: Record<string, string> = generateBlocks()): string {
  return Object.entries(blocks).reduce((doc, [name, content]) => replaceBlock(doc, name, content), text);
}

function main(): void {
  const path = process.argv[2] ?? defaultOddPath();
  const before = readFileSync(path, 'utf8');
  const after = updateOdd(before);
  if (after === before) {
    console.log(`clustersim/docs: ${path} is up to date`);
    return;
  }
  writeFileSync(path, after);
  console.log(`clustersim/docs: rewrote the generated blocks (${Object.keys(ODD_BLOCKS).join(', ')}) of ${path}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
