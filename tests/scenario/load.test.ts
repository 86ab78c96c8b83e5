// Loading scenario files, bad input first: unreadable, empty and non-mapping files, YAML and JSON syntax errors with line
// and column, located schema problems, broken extends chains and --set syntax; then extends merging and --set overrides.
// Fixture files are written to a fresh temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySets, checkScenarioFiles, loadScenario, mergeScenario } from '../../src/scenario/load.js';
import { formatProblem, ScenarioError } from '../../src/scenario/problems.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clustersim-load-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a fixture file and returns its path. */
function write(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** How the loader names a file in its messages: relative to the working folder when inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** The formatted problems loading a file throws (a ScenarioError is expected). */
function problemsOf(path: string, set?: string[]): string[] {
  try {
    loadScenario(path, { set });
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error(`${path} loaded without problems`);
}

describe('loadScenario on files it cannot use', () => {
  it('reports a missing file and a folder', () => {
    const missing = join(dir, 'nowhere.yaml');
    expect(problemsOf(missing)).toEqual([`${shown(missing)}: cannot read the file: no such file`]);
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    expect(problemsOf(folder)).toEqual([`${shown(folder)}: cannot read the file: it is a folder`]);
  });

  it('reports an empty file, a blank one and one holding only a comment', () => {
    for (const [name, text] of [['empty.yaml', ''], ['blank.yaml', '  \n\n'], ['comment.yaml', '# nothing yet\n']]) {
      const path = write(name, text);
      expect(problemsOf(path)).toEqual([`${shown(path)}: the file is empty: a scenario needs at least a name, or {} for all defaults`]);
    }
  });

  it('reports a file that is not a mapping', () => {
    const list = write('list.yaml', '- 1\n- 2\n');
    expect(problemsOf(list)).toEqual([`${shown(list)}: a scenario must be a mapping of keys to values, got [1,2]`]);
    const scalar = write('scalar.yaml', 'hello\n');
    expect(problemsOf(scalar)).toEqual([`${shown(scalar)}: a scenario must be a mapping of keys to values, got "hello"`]);
  });
});

describe('loadScenario on syntax errors', () => {
  it('gives the line and column of a YAML error', () => {
    const duplicate = write('duplicate-key.yaml', 'name: t\nname: u\n');
    expect(problemsOf(duplicate)).toEqual([`${shown(duplicate)}:2:1: YAML syntax error: Map keys must be unique`]);
    const tabs = write('tabs.yaml', 'name: t\nlevers:\n\tscope: region\n');
    expect(problemsOf(tabs)).toEqual([`${shown(tabs)}:3:1: YAML syntax error: Tabs are not allowed as indentation`]);
  });

  it('holds a .json file to JSON\'s grammar, with the line and column of the error', () => {
    const unclosed = write('bad.json', '{"name": "t"\n');
    expect(problemsOf(unclosed)).toEqual([`${shown(unclosed)}:2:1: JSON syntax error: Expected ',' or '}' after property value`]);
    const trailing = write('trailing-comma.json', '{"name": "t",}\n');
    expect(problemsOf(trailing)).toEqual([`${shown(trailing)}:1:14: JSON syntax error: Expected double-quoted property name`]);
  });

  it('reads valid JSON', () => {
    expect(loadScenario(write('good.json', '{"name": "j", "steps": 6}\n'))).toMatchObject({ name: 'j', steps: 6 });
  });
});

describe('loadScenario on schema problems, with line and column', () => {
  it('locates a value of the wrong type and a value out of range', () => {
    const type = write('type.yaml', 'name: t\nsteps: ten\n');
    expect(problemsOf(type)).toEqual([`${shown(type)}:2:8: steps: expected an integer, got "ten"`]);
    const range = write('range.yaml', 'name: t\nevents:\n  attendProb: 1.5\n');
    expect(problemsOf(range)).toEqual([`${shown(range)}:3:15: events.attendProb: expected a number <= 1, got 1.5`]);
  });

  it('locates an unknown key at the key and suggests the closest', () => {
    const path = write('unknown.yaml', 'name: t\nlevers:\n  scpoe: region\n');
    expect(problemsOf(path)).toEqual([`${shown(path)}:3:3: levers.scpoe: unknown key "scpoe": did you mean "scope"?`]);
  });

  it('locates a bad enum value and suggests the closest', () => {
    const path = write('enum.yaml', 'name: t\nlevers:\n  scope: regoin\n');
    expect(problemsOf(path)).toEqual([
      `${shown(path)}:3:10: levers.scope: expected one of "park", "region", "national", got "regoin": did you mean "region"?`,
    ]);
  });

  it('locates a policy beyond the horizon and an unknown policy parameter', () => {
    const horizon = write('horizon.yaml', 'name: t\nsteps: 12\npolicies:\n  - at: 13\n    set:\n      levers.scope: region\n');
    expect(problemsOf(horizon)).toEqual([`${shown(horizon)}:4:9: policies[0].at: policy step 13 is beyond the horizon: the scenario runs 12 steps`]);
    const parameter = write('parameter.yaml', 'name: t\npolicies:\n  - at: 3\n    set:\n      budget.subsidyLvel: 0.5\n');
    expect(problemsOf(parameter)).toEqual([
      `${shown(parameter)}:5:7: policies[0].set.budget.subsidyLvel: unknown parameter "budget.subsidyLvel": did you mean "budget.subsidyLevel"?`,
    ]);
  });

  it('locates trustMin above trustMax and a duplicate region', () => {
    const trust = write('trust.yaml', 'name: t\ninitialNetwork:\n  trustMin: 0.8\n  trustMax: 0.2\n');
    expect(problemsOf(trust)).toEqual([`${shown(trust)}:3:13: initialNetwork.trustMin: trustMin must not exceed trustMax`]);
    const region = write('region.yaml', 'name: t\npopulation:\n  regions: [capital, honam, capital]\n');
    expect(problemsOf(region)).toEqual([`${shown(region)}:3:29: population.regions[2]: region "capital" is listed twice`]);
  });

  it('reports every problem of a file, each at its place', () => {
    const path = write('many.yaml', 'name: t\nsteps: 0\nlevers:\n  scope: regoin\n');
    expect(problemsOf(path)).toEqual([
      `${shown(path)}:2:8: steps: expected an integer >= 1, got 0`,
      `${shown(path)}:4:10: levers.scope: expected one of "park", "region", "national", got "regoin": did you mean "region"?`,
    ]);
  });
});

describe('loadScenario on broken extends chains', () => {
  it('reports a missing extends target at the extends line', () => {
    const path = write('orphan.yaml', 'extends: nowhere.yaml\nname: t\n');
    expect(problemsOf(path)).toEqual([`${shown(path)}:1:10: extends: extends "nowhere.yaml": no such file`]);
  });

  it('reports a circular chain with every file in it', () => {
    const a = write('cycle-a.yaml', 'extends: cycle-b.yaml\nname: a\n');
    const b = write('cycle-b.yaml', 'extends: cycle-a.yaml\nname: b\n');
    expect(problemsOf(a)).toEqual([`${shown(b)}:1:10: extends: extends makes a cycle: ${shown(a)} -> ${shown(b)} -> ${shown(a)}`]);
  });

  it('reports a file extending itself', () => {
    const self = write('self.yaml', 'extends: self.yaml\n');
    expect(problemsOf(self)).toEqual([`${shown(self)}:1:10: extends: extends makes a cycle: ${shown(self)} -> ${shown(self)}`]);
  });

  it('reports an extends that is not a file name', () => {
    const path = write('extends-number.yaml', 'extends: 3\n');
    expect(problemsOf(path)).toEqual([`${shown(path)}:1:10: extends: extends must be a file name, got 3`]);
  });
});

describe('loadScenario with extends', () => {
  it('merges mappings key by key, the extending file winning', () => {
    write('base.yaml', 'name: base\nsteps: 24\nlevers:\n  scope: region\n  initiative: true\n');
    const child = write('child.yaml', 'extends: base.yaml\nname: child\nlevers:\n  scope: national\n');
    expect(loadScenario(child)).toMatchObject({ name: 'child', steps: 24, levers: { scope: 'national', initiative: true } });
  });

  it('resolves the target relative to the extending file, through several levels', () => {
    write('levels/root.yaml', 'name: root\nseed: 9\n');
    write('levels/middle.yaml', 'extends: root.yaml\nsteps: 6\n');
    const leaf = write('levels/deeper/leaf.yaml', 'extends: ../middle.yaml\nname: leaf\n');
    expect(loadScenario(leaf)).toMatchObject({ name: 'leaf', seed: 9, steps: 6 });
  });

  it('replaces lists rather than merging them', () => {
    write('list-base.yaml', 'population:\n  regions: [capital, honam]\n');
    const child = write('list-child.yaml', 'extends: list-base.yaml\npopulation:\n  regions: [gangwon]\n');
    expect(loadScenario(child).population.regions).toEqual(['gangwon']);
  });
});

describe('--set overrides', () => {
  it('reject an override without path=value', () => {
    const path = write('plain.yaml', 'name: plain\n');
    expect(problemsOf(path, ['steps'])).toEqual(['--set: --set "steps": expected path=value, e.g. levers.scope=region']);
    expect(problemsOf(path, ['=3'])).toEqual(['--set: --set "=3": expected path=value, e.g. levers.scope=region']);
  });

  it('apply after extends, reading values as YAML scalars', () => {
    write('set-base.yaml', 'name: base\nsteps: 24\n');
    const child = write('set-child.yaml', 'extends: set-base.yaml\nlevers:\n  scope: national\n');
    const scenario = loadScenario(child, { set: ['steps=5', 'levers.scope=park', 'levers.initiative=true', 'budget.subsidyLevel=0.5'] });
    expect(scenario).toMatchObject({ steps: 5, levers: { scope: 'park', initiative: true }, budget: { subsidyLevel: 0.5 } });
  });

  it('leave the data they are applied to unchanged', () => {
    const data = { levers: { scope: 'park' } };
    expect(applySets(data, ['levers.scope=region'])).toEqual({ levers: { scope: 'region' } });
    expect(data.levers.scope).toBe('park');
  });
});

describe('mergeScenario', () => {
  it('merges nested mappings and replaces everything else', () => {
    expect(mergeScenario({ a: { b: 1, c: 2 }, l: [1, 2], s: 'x' }, { a: { c: 3 }, l: [3], s: { y: 1 } })).toEqual({ a: { b: 1, c: 3 }, l: [3], s: { y: 1 } });
  });
});

describe('checkScenarioFiles', () => {
  it('returns no problems for valid files and every problem of every invalid one', () => {
    const good = write('check-good.yaml', 'name: good\n');
    const bad = write('check-bad.yaml', 'name: bad\nsteps: 0\n');
    const empty = write('check-empty.yaml', '');
    expect(checkScenarioFiles([good])).toEqual([]);
    expect(checkScenarioFiles([good, bad, empty]).map(formatProblem)).toEqual([
      `${shown(bad)}:2:8: steps: expected an integer >= 1, got 0`,
      `${shown(empty)}: the file is empty: a scenario needs at least a name, or {} for all defaults`,
    ]);
  });
});

describe('loadScenario: where a problem is blamed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'clustersim-blame-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };
  const problemsOf = (file: string, set: string[] = []) => {
    try {
      loadScenario(file, { set });
      return [];
    } catch (error) {
      return (error as ScenarioError).problems.map(formatProblem);
    }
  };

  it('locates a problem of an extended file in that file', () => {
    const base = write('base.yaml', 'name: base\nsteps: 0\n');
    const child = write('child.yaml', 'extends: base.yaml\nname: child\n');
    expect(problemsOf(child)).toEqual([`${base}:2:8: steps: expected an integer >= 1, got 0`]);
  });

  it('blames a bad --set value on the override, not on a line of the file', () => {
    const plain = write('plain.yaml', 'name: plain\n');
    expect(problemsOf(plain, ['steps=0'])).toEqual(['--set steps=0: steps: expected an integer >= 1, got 0']);
  });

  it('refuses --set paths that reach a prototype, and leaves Object.prototype alone', () => {
    const plain = write('proto.yaml', 'name: proto\n');
    expect(problemsOf(plain, ['__proto__.polluted=1'])).toEqual(['--set __proto__.polluted=1: unknown parameter "__proto__.polluted"']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('describes a policy value by the parameter it sets', () => {
    const f = write('policy-types.yaml', [
      'policies:',
      '  - { at: 1, set: { levers.initiative: "yes" } }',
      '  - { at: 1, set: { levers.exitEvery: 0 } }',
      '  - { at: 1, set: { levers.exitEvery: 1.5 } }',
      'name: ""',
    ].join('\n'));
    expect(problemsOf(f)).toEqual([
      `${f}:5:7: name: expected text of at least 1 character, got ""`,
    ]);
    const g = write('policy-types2.yaml', 'policies:\n  - { at: 1, set: { levers.initiative: "yes" } }\n  - { at: 1, set: { levers.exitEvery: 0 } }\n  - { at: 1, set: { levers.exitEvery: 1.5 } }\n');
    expect(problemsOf(g)).toEqual([
      `${g}:2:40: policies[0].set.levers.initiative: expected true or false, got "yes"`,
      `${g}:3:39: policies[1].set.levers.exitEvery: expected an integer >= 1, got 0`,
      `${g}:4:39: policies[2].set.levers.exitEvery: expected an integer, got 1.5`,
    ]);
  });
});
