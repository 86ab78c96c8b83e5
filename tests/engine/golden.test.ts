// Golden regression test: a short reference run of the built-in default scenario (population.scale 0.2, 24 steps, seed
// 1) whose key numbers at the last step, totals over the run and a sha256 digest of its whole timeseries CSV are pinned
// in tests/engine/golden.json. Any change to the model's rules, defaults, draws or metrics shows up here as a table of
// name / expected / got for each number that moved.
//
// When a change is meant to move the results, regenerate the fixture deliberately and commit it with the change:
//
//   UPDATE_GOLDEN=1 npx vitest run tests/engine/golden.test.ts
//
// then review `git diff tests/engine/golden.json`: the numbers that moved should be the ones the change was meant to
// move.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createModel, run } from '../../src/index.js';
import type { Row } from '../../src/metrics/recorder.js';
import { toCsv } from '../../src/output/csv.js';

const FIXTURE = fileURLToPath(new URL('./golden.json', import.meta.url));

/**
 * The reference run: the default scenario, smaller and shorter; its costly metrics are measured at steps 0, 12 and 24.
 */
const SCENARIO = { seed: 1, steps: 24, population: { scale: 0.2 } };

/**
 * Relative tolerance on the pinned numbers: room for the last bit of floating point, nothing a model change would hide
 * in.
 */
const RELATIVE = 1e-12;

interface Golden {
  scenario: typeof SCENARIO;
  numbers: Record<string, number | null>;
  /** sha256 of toCsv(rows), the run's timeseries.csv. */
  timeseriesSha256: string;
}

/** The numbers pinned: the last row's key measures and the totals over the run. */
function goldenOf(rows: Row[]): Golden {
  const last = rows[rows.length - 1];
  const num = (name: string) => {
    const value = last[name];
    if (typeof value !== 'number' && value !== null)
      throw new Error(`golden: column ${name} is ${JSON.stringify(value)}, not a number`);
    return value;
  };
  const total = (name: string) => rows.slice(1).reduce((s, r) => s + (r[name] as number), 0);
  const pick = [
    'members',
    'membersFirm',
    'ties',
    'density',
    'meanDegree',
    'giantComponentShare',
    'iurTiesPerFirm',
    'firmTiesPerFirm',
    'meanTrust',
    'meanSatisfaction',
    'tasksSolved',
    'events',
    'clustering',
    'communities',
    'modularity',
  ];
  return {
    scenario: SCENARIO,
    numbers: {
      steps: last.step as number,
      rows: rows.length,
      ...Object.fromEntries(pick.map((name) => [`final.${name}`, num(name)])),
      'total.events': total('events'),
      'total.tasksSolved': total('tasksSolved'),
      'total.tiesFormed': total('tiesFormed'),
      'total.joined': total('joined'),
      'total.left': total('left'),
    },
    timeseriesSha256: createHash('sha256').update(toCsv(rows)).digest('hex'),
  };
}

const show = (value: unknown) =>
  value === undefined ? '(missing)' : typeof value === 'string' ? value : JSON.stringify(value);

function close(expected: number | null | undefined, got: number | null | undefined): boolean {
  if (typeof expected !== 'number' || typeof got !== 'number') return expected === got;
  return expected === got || Math.abs(expected - got) <= RELATIVE * Math.max(Math.abs(expected), Math.abs(got));
}

/** One line per differing entry, as a table; empty when the run matches the fixture. */
function goldenDiff(expected: Golden, got: Golden): string[][] {
  const rows: string[][] = [];
  if (JSON.stringify(expected.scenario) !== JSON.stringify(got.scenario))
    rows.push(['scenario', show(expected.scenario), show(got.scenario)]);
  const names = [...new Set([...Object.keys(expected.numbers), ...Object.keys(got.numbers)])];
  for (const name of names)
    if (!close(expected.numbers[name], got.numbers[name]))
      rows.push([name, show(expected.numbers[name]), show(got.numbers[name])]);
  if (expected.timeseriesSha256 !== got.timeseriesSha256)
    rows.push(['timeseriesSha256', expected.timeseriesSha256, got.timeseriesSha256]);
  return rows;
}

function formatTable(rows: string[][]): string {
  const table = [['name', 'expected', 'got'], ...rows];
  const widths = [0, 1, 2].map((c) => Math.max(...table.map((r) => r[c].length)));
  return table
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

describe('golden run of the default scenario', () => {
  it('gives the pinned numbers and timeseries digest (UPDATE_GOLDEN=1 rewrites tests/engine/golden.json)', () => {
    const got = goldenOf(run(createModel(SCENARIO)).rows);
    if (process.env.UPDATE_GOLDEN) {
      writeFileSync(FIXTURE, JSON.stringify(got, null, 2) + '\n');
      process.stderr.write(`golden: rewrote ${FIXTURE}\n`);
      return;
    }
    if (!existsSync(FIXTURE))
      throw new Error(
        `golden: no fixture at ${FIXTURE}; create it with UPDATE_GOLDEN=1 npx vitest run tests/engine/golden.test.ts`,
      );
    const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Golden;
    const diff = goldenDiff(expected, got);
    if (diff.length > 0) {
      throw new Error(
        `the reference run differs from tests/engine/golden.json in ${diff.length} entr${diff.length === 1 ? 'y' : 'ies'}:\n\n` +
          `${formatTable(diff)}\n\n` +
          'If the change is meant to move the results, regenerate the fixture and review its diff:\n' +
          '  UPDATE_GOLDEN=1 npx vitest run tests/engine/golden.test.ts',
      );
    }
    expect(diff).toEqual([]);
  });
});

describe('golden diff table', () => {
  const base: Golden = { scenario: SCENARIO, numbers: { a: 1, b: 0.1 + 0.2, c: null }, timeseriesSha256: 'x' };

  it('is empty for equal fixtures and within the last bits of floating point', () => {
    expect(goldenDiff(base, { ...base, numbers: { a: 1, b: 0.3, c: null } })).toEqual([]);
  });

  it('lists each differing number, missing entries and the digest, one row each', () => {
    const diff = goldenDiff(base, { ...base, numbers: { a: 2, c: 0, d: 4 }, timeseriesSha256: 'y' });
    expect(diff).toEqual([
      ['a', '1', '2'],
      ['b', '0.30000000000000004', '(missing)'],
      ['c', 'null', '0'],
      ['d', '(missing)', '4'],
      ['timeseriesSha256', 'x', 'y'],
    ]);
    expect(formatTable(diff).split('\n')[0]).toBe('name              expected             got');
  });
});
