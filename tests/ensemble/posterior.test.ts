// The posterior sample: bad files are refused naming the file, line, column and value; calibrate's accepted.csv reads
// back as the accepted points; draws are seeded, applied to a scenario under its policies, and checked against it.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyDraw,
  checkPosteriorOverlap,
  loadPosterior,
  posteriorDraws,
  posteriorOverrideWarnings,
  scenariosOfRuns,
} from '../../src/ensemble/posterior.js';
import { runCalibration } from '../../src/experiments/calibrate.js';
import { writeCalibration } from '../../src/experiments/outputs.js';
import { parseParams } from '../../src/experiments/params.js';
import { validateTargets } from '../../src/experiments/targets/load.js';
import { resolveTargets } from '../../src/experiments/targets/resolve.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { tempFolder } from '../helpers/temp.js';

let root: string;
beforeAll(() => {
  root = tempFolder('clustersim-posterior-');
});

/** A file's name as messages show it: relative to the working folder, unless it lies outside it. */
const shown = (path: string) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));

/** A posterior file with these lines, and its name as messages show it. */
function file(name: string, ...lines: string[]): { path: string; shown: string } {
  const path = join(root, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return { path, shown: shown(path) };
}

describe('loadPosterior: bad files', () => {
  it('refuses a missing file, a folder, another extension and a file that is not text', () => {
    const missing = join(root, 'none.csv');
    expect(() => loadPosterior(missing)).toThrow(`${shown(missing)}: cannot read the file: no such file`);
    mkdirSync(join(root, 'folder.csv'));
    expect(() => loadPosterior(join(root, 'folder.csv'))).toThrow(/folder\.csv: cannot read the file: it is a folder$/);
    const txt = file('draws.txt', 'decay.ratePerMonth', '0.03');
    expect(() => loadPosterior(txt.path)).toThrow(
      `${txt.shown}: expected a .csv file (such as calibrate's accepted.csv)`,
    );
    writeFileSync(join(root, 'binary.csv'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    expect(() => loadPosterior(join(root, 'binary.csv'))).toThrow(
      /binary\.csv: not text \(UTF-8\): expected a CSV file$/,
    );
  });

  it('refuses an empty file, a header without draws, and a header without a parameter path', () => {
    const empty = file('empty.csv');
    expect(() => loadPosterior(empty.path)).toThrow(`${empty.shown}: expected a header of parameter paths on line 1`);
    const header = file('header.csv', 'point,decay.ratePerMonth');
    expect(() => loadPosterior(header.path)).toThrow(
      `${header.shown}: the header has no draws under it: expected one row per draw`,
    );
    const targets = file('targets.csv', 'point,tasks-2005,members-firm', '1,1200,4300');
    expect(() => loadPosterior(targets.path)).toThrow(
      `${targets.shown}: no column is a parameter path of the scenario schema (e.g. decay.ratePerMonth); the columns are "point", "tasks-2005", "members-firm"`,
    );
  });

  it('names the column of a misspelt path, a group, a field that is not drawn and a column given twice', () => {
    const bad = file(
      'header-problems.csv',
      'decay.ratePerMnth,tieFormation.complementarity,seed,name,tieFormation.intercept,tieFormation.intercept,tasks',
      '0.03,0,1,x,-5,-5,10',
    );
    const message = (() => {
      try {
        loadPosterior(bad.path);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message.split('\n')).toEqual([
      `${bad.shown}, line 1, column 1: unknown parameter "decay.ratePerMnth": did you mean "decay.ratePerMonth"?`,
      `${bad.shown}, line 1, column 2: "tieFormation.complementarity" is a group of parameters: name one value inside it (e.g. tieFormation.complementarity.<key>)`,
      `${bad.shown}, line 1, column 3: "seed" is not a parameter a posterior may draw: the seed, steps and startYear are the comparison's (--seed, --steps, --set)`,
      `${bad.shown}, line 1, column 4: "name" is not a parameter (a scenario's name): a posterior draws parameters`,
      `${bad.shown}, line 1, column 6: column "tieFormation.intercept" appears twice (also column 5)`,
    ]);
  });

  it('names the line, column, parameter and value of every bad cell, a short row and a rejected point', () => {
    const bad = file(
      'values.csv',
      'point,accepted,decay.ratePerMonth,levers.scope,levers.initiative,tasks-2005',
      '1,yes,2,park,true,100',
      '2,yes,0.03,county,maybe,100',
      '3,yes,abc,,false,100',
      '4,yes,0.03',
      '5,no,0.03,park,true,100',
    );
    expect(() => loadPosterior(bad.path)).toThrow(
      [
        `${bad.shown}, line 2, column 3: decay.ratePerMonth: expected a number <= 1, got 2`,
        `${bad.shown}, line 3, column 4: levers.scope: expected one of "park", "region", "national", got "county"`,
        `${bad.shown}, line 3, column 5: levers.initiative: expected true or false, got "maybe"`,
        `${bad.shown}, line 4, column 3: decay.ratePerMonth: expected a number, got "abc"`,
        `${bad.shown}, line 4, column 4: levers.scope: an empty cell: every draw needs a value`,
        `${bad.shown}, line 5: 3 cells, but the header has 6 columns`,
        `${bad.shown}, line 6, column 2: accepted: "no": a posterior holds accepted points only (calibrate's accepted.csv, not points.csv)`,
      ].join('\n'),
    );
  });
});

describe('loadPosterior', () => {
  it("reads calibrate's accepted.csv back as the accepted points, target means and bookkeeping ignored", async () => {
    const scenario = scenarioSchema.parse({
      name: 'tiny',
      steps: 6,
      population: { scale: 0.05, regions: ['gangwon'] },
    });
    const targets = resolveTargets(
      validateTargets({
        name: 'mini',
        source: 'test',
        targets: [
          {
            id: 'tasks',
            role: 'fitted',
            why: 'w',
            description: 'tasks found',
            source: 's',
            observed: 10,
            tolerance: { relative: 0.5 },
            simulated: { sum: 'tasksFound', from: 1, to: 6 },
          },
        ],
      }),
      2005,
    );
    const specs = parseParams([
      'tasks.probPerFirmMonth=0.01:0.2',
      'levers.scope=park,region',
      'levers.initiative=true,false',
    ]);
    const dir = join(root, 'calibration');
    const result = await runCalibration(scenario, targets, specs, dir, {
      samples: 4,
      runs: 1,
      seed: 3,
      workers: 1,
      accept: 0.5,
    });
    await writeCalibration(dir, result);
    const posterior = loadPosterior(join(dir, 'accepted.csv'));
    expect(posterior.paths).toEqual(['tasks.probPerFirmMonth', 'levers.scope', 'levers.initiative']);
    expect(posterior.ignored).toEqual(['point', 'distance', 'worst', 'accepted', 'tasks']);
    expect(posterior.draws).toEqual(result.points.filter((p) => p.accepted).map((p) => p.params));
    expect(posterior.draws).toHaveLength(2);
    expect(posterior.lines).toEqual([2, 3]);
    expect(posterior.sha256).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('hashes the bytes: the same draws written otherwise hash otherwise', () => {
    const a = loadPosterior(file('a.csv', 'decay.ratePerMonth', '0.03').path);
    const b = loadPosterior(file('b.csv', 'decay.ratePerMonth', '0.030').path);
    const c = loadPosterior(file('c.csv', 'decay.ratePerMonth', '0.03').path);
    expect(a.draws).toEqual(b.draws);
    expect(a.sha256).not.toBe(b.sha256);
    expect(a.sha256).toBe(c.sha256);
    expect(a.sha256).toBe(`sha256:${createHash('sha256').update('decay.ratePerMonth\n0.03\n').digest('hex')}`);
  });
});

describe('posterior draws', () => {
  it('draw d_k is the k-th draw of a generator seeded with (seed, posterior): fixed for a seed whatever the runs', () => {
    expect(posteriorDraws(15, 1, 3)).toEqual([11, 0, 8]);
    expect(posteriorDraws(15, 1, 5).slice(0, 3)).toEqual([11, 0, 8]);
    expect(posteriorDraws(15, 2, 3)).toEqual([8, 9, 8]);
    expect(posteriorDraws(1, 9, 4)).toEqual([0, 0, 0, 0]);
  });

  it('gives neighbouring runs unrelated draws (a generator per run would step through the sample)', () => {
    const d = posteriorDraws(100, 1, 50);
    const close = d.slice(1).filter((x, k) => Math.abs(x - d[k]) <= 3).length;
    // About 49 x 7 / 100 = 3.4 expected by chance.
    expect(close).toBe(6);
    expect(new Set(d).size).toBe(44);
  });

  it('sets a draw at step 0 and leaves the policies that set the same path to act', () => {
    const posterior = loadPosterior(
      file('fee.csv', 'budget.feePerFirmMonth,decay.ratePerMonth', '0.01,0.03', '0.02,0.04').path,
    );
    const scenario = scenarioSchema.parse({
      name: 'fees',
      policies: [{ at: 73, set: { 'budget.feePerFirmMonth': 0.05 } }],
    });
    const drawn = applyDraw(scenario, posterior, 1);
    expect(drawn.budget.feePerFirmMonth).toBe(0.02);
    expect(drawn.decay.ratePerMonth).toBe(0.04);
    expect(drawn.policies).toEqual(scenario.policies);
    const runs = scenariosOfRuns(scenario, posterior, [1, 0, 1]);
    expect(runs.map((s) => s.decay.ratePerMonth)).toEqual([0.04, 0.03, 0.04]);
    expect(runs[0]).toBe(runs[2]);
  });

  it('checks a draw against the whole scenario it is applied to, naming the line', () => {
    const posterior = loadPosterior(file('trust.csv', 'initialNetwork.trustMin', '0.8').path);
    const scenario = scenarioSchema.parse({ name: 's' });
    expect(() => applyDraw(scenario, posterior, 0)).toThrow(
      `${shown(join(root, 'trust.csv'))}, line 2 (draw 0) applied to s: initialNetwork.trustMin: trustMin must not exceed trustMax`,
    );
    expect(
      applyDraw(scenarioSchema.parse({ initialNetwork: { trustMax: 0.9 } }), posterior, 0).initialNetwork.trustMin,
    ).toBe(0.8);
  });

  it('refuses an override of a drawn path, and warns of a scenario that sets one otherwise than the reference', () => {
    const posterior = loadPosterior(file('overlap.csv', 'decay.ratePerMonth,tasks.mix.rnd', '0.03,0.1').path);
    expect(() => checkPosteriorOverlap(posterior, '--set', ['levers.scope=region', 'decay.ratePerMonth=0.05'])).toThrow(
      /^--set decay\.ratePerMonth=0\.05: decay\.ratePerMonth is drawn from the posterior .*overlap\.csv in every run, which would replace this value; drop one of the two$/,
    );
    expect(() => checkPosteriorOverlap(posterior, '--param', ['tasks.mix'])).toThrow(
      /^--param tasks\.mix: tasks\.mix is drawn/,
    );
    expect(() =>
      checkPosteriorOverlap(posterior, '--set', ['decay.ratePerMonthX=1', 'tasks.probPerFirmMonth=0.1']),
    ).not.toThrow();
    const a = scenarioSchema.parse({ name: 'a' });
    const b = scenarioSchema.parse({ name: 'b', decay: { ratePerMonth: 0.05 } });
    expect(posteriorOverrideWarnings([a, a, b], ['a', 'a#2', 'b'], posterior)).toEqual([
      'b sets decay.ratePerMonth = 0.05 (a: 0.035), which the posterior draws: every run replaces both with its draw, so this difference is not compared (a policy on the path still acts)',
    ]);
  });
});
