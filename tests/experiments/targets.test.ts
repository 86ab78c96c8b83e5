// Targets files: bad files first (with file, line and column), then the project's file and how it resolves to steps.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTargets } from '../../src/experiments/targets/load.js';
import { resolveTargets, selectTargets } from '../../src/experiments/targets/resolve.js';
import { ScenarioError } from '../../src/scenario/problems.js';

const dir = mkdtempSync(join(tmpdir(), 'clustersim-targets-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const messageOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
  throw new Error('expected a ScenarioError');
};

const HEAD = 'name: t\nsource: a paper\ntargets:\n';
const target = (simulated: string, extra = '') =>
  `  - { id: a, description: d, source: s, observed: 2, tolerance: { relative: 0.15 }, simulated: ${simulated}${extra} }\n`;

describe('loadTargets', () => {
  it('reports a missing file and YAML syntax errors', () => {
    expect(messageOf(() => loadTargets(join(dir, 'none.yaml')))).toMatch(/none\.yaml: cannot read the file: no such file/);
    expect(messageOf(() => loadTargets(write('syntax.yaml', 'name: [\n')))).toMatch(/syntax\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('names unknown keys with their line and a suggestion', () => {
    const file = write('keys.yaml', HEAD + target('{ at: members, step: 0 }', ', tolerence: 1'));
    expect(messageOf(() => loadTargets(file))).toMatch(/keys\.yaml:4:\d+: targets\[0\]\.tolerence: unknown key "tolerence": did you mean "tolerance"\?/);
  });

  it('checks the simulated counterpart: one kind, known columns, a range or a year, a survey section', () => {
    expect(messageOf(() => loadTargets(write('two.yaml', HEAD + target('{ at: members, sum: events, step: 0 }'))))).toMatch(/exactly one of at, sum, share or survey, got at and sum/);
    expect(messageOf(() => loadTargets(write('col.yaml', HEAD + target('{ at: memebrs, step: 0 }'))))).toMatch(/simulated\.at: unknown column "memebrs": did you mean "members"\?/);
    expect(messageOf(() => loadTargets(write('range.yaml', HEAD + target('{ sum: events, from: 1 }'))))).toMatch(/either from and to, or year/);
    expect(messageOf(() => loadTargets(write('of.yaml', HEAD + target('{ share: tasksSolvedHr, year: 2005 }'))))).toMatch(/share needs the column/);
    expect(messageOf(() => loadTargets(write('survey.yaml', HEAD + target('{ survey: orderAgreements }'))))).toMatch(/needs the file's survey section/);
    expect(messageOf(() => loadTargets(write('stat.yaml', HEAD + target('{ survey: median }'))))).toMatch(/simulated\.survey: expected one of "positiveCorrelations"/);
    const twice = HEAD + target('{ at: members, step: 0 }') + target('{ at: members, step: 1 }');
    expect(messageOf(() => loadTargets(write('twice.yaml', twice)))).toMatch(/targets\[1\]\.id: id "a" is used twice/);
  });

  it('loads the project\'s targets and resolves calendar years to steps', () => {
    const file = loadTargets('scenarios/targets/korea-2005-2010.yaml');
    const resolved = resolveTargets(file, 2005);
    expect(resolved.horizon).toBe(72);
    expect(resolved.survey).toEqual({ step: 62, respondents: 890, nonJoinerRespondents: Number.MAX_SAFE_INTEGER, likert: true });
    const byId = new Map(resolved.targets.map((t) => [t.id, t]));
    expect(byId.get('tasks-2006')?.spec).toEqual({ kind: 'sum', column: 'tasksSolved', from: 13, to: 24 });
    expect(byId.get('iur-ties-2009')?.spec).toEqual({ kind: 'at', column: 'iurTiesPerFirm', step: 60 });
    expect(byId.get('iur-ties-2009')?.tolerance).toBeCloseTo(0.72, 12);
    expect(byId.get('satisfaction-factor-order')?.spec).toEqual({ kind: 'survey', stat: 'orderAgreements', reference: [0.753, 0.659, 0.784, 0.639, 0.779] });
    expect(file.untargeted.length).toBeGreaterThan(0);
    const some = selectTargets(resolved, ['iur-']);
    expect(some.targets.map((t) => t.id)).toEqual(['iur-ties-2004', 'iur-ties-2009']);
    expect(some.horizon).toBe(60);
    expect(some.survey).toBeUndefined();
    expect(() => selectTargets(resolved, ['nothing'])).toThrow(/no target id starts with this/);
    expect(() => resolveTargets(file, 2007)).toThrow(/year 2005 is before the scenario's startYear 2007/);
  });
});
