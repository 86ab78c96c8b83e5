// Loading scenario files, bad input first: files that are not scenarios (not regular, wrong name, too large, binary),
// hostile YAML (alias bombs, unresolved and circular aliases, deep nesting, prototype names as keys), numbers YAML
// reads oddly, unreadable, empty and non-mapping files, YAML and JSON syntax errors with line and column, located
// schema problems, broken extends chains and --set syntax; then extends merging and --set overrides.
// Fixture files are written to a fresh temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  applySets,
  checkScenarioFiles,
  deepFlowOffset,
  loadScenario,
  MAX_EXTENDS_DEPTH,
  MAX_FILE_BYTES,
  mergeScenario,
} from '../../src/scenario/load.js';
import { formatProblem, ScenarioError } from '../../src/scenario/problems.js';
import { tempFolder } from '../helpers/temp.js';

let dir: string;

beforeAll(() => {
  dir = tempFolder('clustersim-load-');
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

/** The error loading a file throws, checked to be a ScenarioError (anything else escaping would be a crash). */
function errorOf(path: string, set?: string[]): ScenarioError {
  try {
    loadScenario(path, { set });
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return error as ScenarioError;
  }
  throw new Error(`${path} loaded without problems`);
}

describe('loadScenario on files that are not scenario files', () => {
  it('refuses a FIFO without reading it (reading would wait forever)', () => {
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(problemsOf(fifo)).toEqual([
      `${shown(fifo)}: cannot read the file: it is a FIFO (named pipe), not a regular file`,
    ]);
  });

  it('follows a symbolic link, and refuses the device it leads to', () => {
    const device = join(dir, 'device.yaml');
    symlinkSync('/dev/null', device);
    expect(problemsOf(device)).toEqual([
      `${shown(device)}: cannot read the file: it is a character device, not a regular file`,
    ]);
    const good = write('link-target.yaml', 'name: linked\n');
    const link = join(dir, 'link.yaml');
    symlinkSync(good, link);
    expect(loadScenario(link).name).toBe('linked');
  });

  it('refuses a name that does not end in .yaml, .yml or .json, without showing the content', () => {
    for (const name of ['notes.txt', 'passwd', 'config.yaml.bak']) {
      const path = write(name, 'secret: hunter2\n');
      const error = errorOf(path);
      expect(error.problems.map(formatProblem)).toEqual([
        `${shown(path)}: expected a file whose name ends in .yaml, .yml or .json`,
      ]);
      expect(error.message).not.toContain('hunter2');
    }
    expect(loadScenario(write('upper.YML', 'name: upper\n')).name).toBe('upper');
  });

  it('refuses a file over 1 MiB, and reads one of exactly 1 MiB', () => {
    const head = 'name: big\n';
    const exact = write('exact.yaml', head + '#'.repeat(MAX_FILE_BYTES - head.length - 1) + '\n');
    expect(loadScenario(exact).name).toBe('big');
    const big = write('big.yaml', head + '#'.repeat(MAX_FILE_BYTES - head.length) + '\n');
    expect(problemsOf(big)).toEqual([`${shown(big)}: the file has 1048577 bytes: expected at most 1048576 (1 MiB)`]);
  });

  it('refuses binary content (invalid UTF-8, NUL bytes) without showing it', () => {
    const garbage = join(dir, 'garbage.yaml');
    writeFileSync(garbage, Buffer.from([0x6e, 0x61, 0xff, 0xfe, 0x80, 0x0a]));
    expect(problemsOf(garbage)).toEqual([`${shown(garbage)}: the file is not text: expected YAML or JSON in UTF-8`]);
    const nul = write('nul.yaml', 'name: a\u0000b\n');
    expect(problemsOf(nul)).toEqual([`${shown(nul)}: the file is not text: expected YAML or JSON in UTF-8`]);
  });

  it('names only the kind of a file that is not a mapping, never its content', () => {
    const cases: [string, string, string][] = [
      ['string.yaml', 'password: hunter2 is not: a key\n', ''],
      ['whole-string.yaml', 'correct horse battery staple hunter2\n', 'a string'],
      ['whole-string.json', '"hunter2"\n', 'a string'],
      ['whole-list.yaml', '- hunter2\n- b\n', 'a list'],
      ['whole-list.json', '["hunter2"]\n', 'a list'],
      ['whole-number.yaml', '42\n', 'a number'],
      ['whole-bool.json', 'true\n', 'true or false'],
    ];
    for (const [name, text, kind] of cases.slice(1)) {
      const path = write(name, text);
      const error = errorOf(path);
      expect(error.problems.map(formatProblem)).toEqual([
        `${shown(path)}: a scenario must be a mapping of keys to values, got ${kind}`,
      ]);
      expect(error.message).not.toContain('hunter2');
    }
  });
});

describe('loadScenario on extends targets that are not scenario files', () => {
  it('names the target at the extends line and says what was expected', () => {
    write('ext/notes.txt', 'name: t\n');
    mkdirSync(join(dir, 'ext/folder.yaml'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'ext/pipe.yaml')]);
    write('ext/big.yaml', '#'.repeat(MAX_FILE_BYTES + 1));
    const cases: [string, string][] = [
      ['notes.txt', 'expected a file whose name ends in .yaml, .yml or .json'],
      ['folder.yaml', 'cannot read the file: it is a folder'],
      ['pipe.yaml', 'cannot read the file: it is a FIFO (named pipe), not a regular file'],
      ['big.yaml', 'the file has 1048577 bytes: expected at most 1048576 (1 MiB)'],
      ['/dev/null', 'cannot read the file: it is a character device, not a regular file'],
    ];
    for (const [target, detail] of cases) {
      const child = write('ext/child.yaml', `extends: ${target}\nname: c\n`);
      expect(problemsOf(child)).toEqual([
        `${shown(child)}:1:10: extends: extends ${JSON.stringify(target)}: ${detail}`,
      ]);
    }
  });

  it('follows 16 levels of extends, and refuses a 17th', () => {
    const chain = (files: number) => {
      for (let k = 1; k < files; k++) write(`deep${files}/f${k}.yaml`, `extends: f${k + 1}.yaml\n`);
      write(`deep${files}/f${files}.yaml`, 'name: bottom\n');
      return join(dir, `deep${files}/f1.yaml`);
    };
    expect(loadScenario(chain(MAX_EXTENDS_DEPTH + 1)).name).toBe('bottom');
    const names = Array.from({ length: MAX_EXTENDS_DEPTH + 2 }, (_, k) => shown(join(dir, `deep18/f${k + 1}.yaml`)));
    expect(problemsOf(chain(MAX_EXTENDS_DEPTH + 2))).toEqual([
      `${names[16]}:1:10: extends: extends goes more than 16 files deep: ${names.join(' -> ')}`,
    ]);
  });
});

describe('deepFlowOffset: where brackets open more than 64 levels', () => {
  it('is undefined for shallow or empty text, and counts no bracket inside quotes or comments', () => {
    expect(deepFlowOffset('')).toBeUndefined();
    expect(deepFlowOffset('a: ' + '['.repeat(64) + ']'.repeat(64))).toBeUndefined();
    expect(deepFlowOffset(`a: "${'['.repeat(100)}"`)).toBeUndefined();
    expect(deepFlowOffset(`a: '${'{'.repeat(100)}'' it''s'`)).toBeUndefined();
    expect(deepFlowOffset(`a: "\\"${'['.repeat(100)}"`)).toBeUndefined();
    expect(deepFlowOffset(`a: 1 # ${'['.repeat(100)}\nb: 2`)).toBeUndefined();
    expect(deepFlowOffset('[]'.repeat(100))).toBeUndefined();
  });

  it('names the bracket that opens level 65, after quotes and comments', () => {
    expect(deepFlowOffset('a: ' + '['.repeat(65))).toBe(3 + 64);
    expect(deepFlowOffset(`# [[[\n"[" : ${'{'.repeat(70)}`)).toBe(12 + 64);
    expect(deepFlowOffset('a#b: ' + '['.repeat(65))).toBe(5 + 64);
  });
});

describe('loadScenario on hostile YAML', () => {
  it('refuses an alias bomb ("billion laughs") at the alias where it grows too far', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [k, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const prev = String.fromCharCode('a'.charCodeAt(0) + k);
      rows.push(
        `${name}: &${name} [${Array(10)
          .fill('*' + prev)
          .join(', ')}]`,
      );
    }
    const bomb = write('bomb.yaml', rows.join('\n') + '\n');
    expect(problemsOf(bomb)).toEqual([`${shown(bomb)}:4:36: YAML aliases expand too far: to more than 10000 values`]);
  });

  it('refuses an unresolved alias, with its line and column', () => {
    const path = write('unresolved.yaml', 'name: t\nlevers:\n  scope: *nope\n');
    expect(problemsOf(path)).toEqual([`${shown(path)}:3:10: unresolved alias *nope: no anchor &nope comes before it`]);
    const later = write('alias-first.yaml', 'name: *n\ndescription: &n late\n');
    expect(problemsOf(later)).toEqual([`${shown(later)}:1:7: unresolved alias *n: no anchor &n comes before it`]);
  });

  it('refuses an alias inside the value it refers to', () => {
    const path = write('circular.yaml', 'levers: &l\n  scope: *l\n');
    expect(problemsOf(path)).toEqual([`${shown(path)}:2:10: alias *l is inside the value it refers to`]);
  });

  it('reads aliases that stay within bounds', () => {
    const path = write(
      'anchors.yaml',
      [
        'name: anchors',
        'policies:',
        '  - { at: 12, set: &cut { budget.subsidyLevel: 0.5, levers.openEventShare: 0.2 } }',
        '  - { at: 24, set: *cut }',
      ].join('\n'),
    );
    expect(loadScenario(path).policies.map((p) => p.set)).toEqual([
      { 'budget.subsidyLevel': 0.5, 'levers.openEventShare': 0.2 },
      { 'budget.subsidyLevel': 0.5, 'levers.openEventShare': 0.2 },
    ]);
  });

  it('refuses nesting deeper than 64 levels, however it is written, without overflowing the stack', () => {
    const flow = write('deep-flow.yaml', 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n');
    // The 65th bracket (column 68) is named, whatever stack the parser had left when it ran out.
    const expected = [`${shown(flow)}:1:68: values are nested more than 64 levels deep`];
    expect(problemsOf(flow)).toEqual(expected);
    const deeper = (n: number): string[] => (n === 0 ? problemsOf(flow) : deeper(n - 1));
    expect(deeper(2000)).toEqual(expected);
    const json = write('deep.json', '{"a": ' + '['.repeat(100) + ']'.repeat(100) + '}\n');
    expect(problemsOf(json)).toEqual([`${shown(json)}:1:70: values are nested more than 64 levels deep`]);
    const block = write(
      'deep-block.yaml',
      Array.from({ length: 70 }, (_, k) => ' '.repeat(k) + 'k:').join('\n') + ' 1\n',
    );
    expect(problemsOf(block)).toEqual([`${shown(block)}:64:64: values are nested more than 64 levels deep`]);
    const viaAlias = write(
      'deep-alias.yaml',
      'x: &d ' + '['.repeat(40) + ']'.repeat(40) + '\ny: ' + '['.repeat(30) + '*d' + ']'.repeat(30) + '\n',
    );
    expect(problemsOf(viaAlias)).toEqual([`${shown(viaAlias)}:2:34: values are nested more than 64 levels deep`]);
  });

  it('reports __proto__ as an unknown key, in YAML and in JSON, at the top and nested, and pollutes nothing', () => {
    const yaml = write('proto.yaml', 'name: t\n__proto__:\n  polluted: 1\nlevers:\n  __proto__: { scope: national }\n');
    expect(problemsOf(yaml)).toEqual([
      `${shown(yaml)}:5:3: levers.__proto__: unknown key "__proto__"`,
      `${shown(yaml)}:2:1: __proto__: unknown key "__proto__"`,
    ]);
    const json = write(
      'proto.json',
      '{"name": "t", "__proto__": {"polluted": 1}, "levers": {"__proto__": {"scope": "national"}}}\n',
    );
    expect(problemsOf(json)).toEqual([
      `${shown(json)}:1:56: levers.__proto__: unknown key "__proto__"`,
      `${shown(json)}:1:15: __proto__: unknown key "__proto__"`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).scope).toBeUndefined();
  });

  it('reports every other name Object.prototype has as an unknown key', () => {
    const path = write(
      'object-names.yaml',
      'constructor: 1\ntoString: 2\nlevers:\n  hasOwnProperty: 3\n  valueOf: 4\n  isPrototypeOf: 5\n',
    );
    expect(problemsOf(path)).toEqual([
      `${shown(path)}:4:3: levers.hasOwnProperty: unknown key "hasOwnProperty"`,
      `${shown(path)}:5:3: levers.valueOf: unknown key "valueOf"`,
      `${shown(path)}:6:3: levers.isPrototypeOf: unknown key "isPrototypeOf"`,
      `${shown(path)}:1:1: constructor: unknown key "constructor"`,
      `${shown(path)}:2:1: toString: unknown key "toString"`,
    ]);
  });

  it('reports prototype names as unknown parameters of a policy, even beside valid ones', () => {
    const path = write(
      'policy-proto.yaml',
      [
        'policies:',
        '  - at: 1',
        '    set:',
        '      __proto__: 1',
        '      levers.scope: region',
        '  - at: 2',
        '    set: { levers.constructor: 1, toString: { a: 1 }, budget.hasOwnProperty: 2 }',
      ].join('\n'),
    );
    expect(problemsOf(path)).toEqual([
      `${shown(path)}:4:7: policies[0].set.__proto__: unknown parameter "__proto__"`,
      `${shown(path)}:7:12: policies[1].set.levers.constructor: unknown parameter "levers.constructor"`,
      `${shown(path)}:7:35: policies[1].set.toString: unknown parameter "toString"`,
      `${shown(path)}:7:55: policies[1].set.budget.hasOwnProperty: unknown parameter "budget.hasOwnProperty"`,
    ]);
    const json = write('policy-proto.json', '{"policies": [{"at": 1, "set": {"__proto__": 1}}]}\n');
    expect(problemsOf(json)).toEqual([`${shown(json)}:1:33: policies[0].set.__proto__: unknown parameter "__proto__"`]);
  });

  it('keeps a __proto__ key through extends, and reports it', () => {
    write('proto-base.yaml', 'name: base\nlevers:\n  scope: region\n');
    const child = write(
      'proto-child.yaml',
      'extends: proto-base.yaml\n__proto__:\n  name: sneaky\nlevers:\n  __proto__: { scope: national }\n',
    );
    expect(problemsOf(child)).toEqual([
      `${shown(child)}:5:3: levers.__proto__: unknown key "__proto__"`,
      `${shown(child)}:2:1: __proto__: unknown key "__proto__"`,
    ]);
  });
});

describe('loadScenario on numbers YAML reads oddly', () => {
  it('refuses infinities and NaN, and names them', () => {
    const path = write(
      'odd-numbers.yaml',
      'seed: 1e400\nevents:\n  ratePerMcMonth: .nan\n  visitTaskBoost: .inf\ntieFormation:\n  intercept: -.inf\n',
    );
    expect(problemsOf(path)).toEqual([
      `${shown(path)}:1:7: seed: expected an integer, got Infinity`,
      `${shown(path)}:3:19: events.ratePerMcMonth: expected a number, got NaN`,
      `${shown(path)}:4:19: events.visitTaskBoost: expected a number, got Infinity`,
      `${shown(path)}:6:14: tieFormation.intercept: expected a number, got -Infinity`,
    ]);
    const json = write('huge.json', '{"seed": 1e400}\n');
    expect(problemsOf(json)).toEqual([`${shown(json)}:1:10: seed: expected an integer, got Infinity`]);
  });

  it('refuses a huge finite number with the bound', () => {
    const path = write('huge-finite.yaml', 'seed: 123456789012345678901234567890\nsteps: 1e300\n');
    expect(problemsOf(path)).toEqual([
      `${shown(path)}:1:7: seed: expected an integer <= 9007199254740991, got 1.2345678901234568e+29`,
      `${shown(path)}:2:8: steps: expected an integer <= 2400, got 1e+300`,
    ]);
  });

  it('reads -0 as 0', () => {
    const scenario = loadScenario(write('minus-zero.yaml', 'seed: -0\nbudget:\n  feePerFirmMonth: -0.0\n'));
    expect(Object.is(scenario.seed, 0)).toBe(true);
    expect(Object.is(scenario.budget.feePerFirmMonth, 0)).toBe(true);
    expect(Object.is(loadScenario(write('minus-zero-set.yaml', 'name: z\n'), { set: ['seed=-0'] }).seed, 0)).toBe(true);
  });
});

describe('loadScenario on weights that are all 0', () => {
  it('refuses an all-zero task mix, satisfaction weights and reasons at the group', () => {
    const path = write(
      'zero-weights.yaml',
      [
        'tasks:',
        '  mix: { rnd: 0, management: 0, marketing: 0, hr: 0, other: 0 }',
        'satisfaction:',
        '  weights: { openness: 0, skilledPeople: 0, selfReliance: 0, communityCooperation: 0, jointIur: 0 }',
        'membership:',
        '  reasons: { notStrategic: 0, lowMoneyExpectation: 0, noNeed: 0, largeCustomerFirst: 0, otherRegionsBetter: 0, infoLeakFear: 0, other: 0 }',
      ].join('\n'),
    );
    const tail = 'give at least one a value above 0 (each is divided by their sum)';
    expect(problemsOf(path)).toEqual([
      `${shown(path)}:2:8: tasks.mix: the weights of tasks.mix are all 0: ${tail}`,
      `${shown(path)}:4:12: satisfaction.weights: the weights of satisfaction.weights are all 0: ${tail}`,
      `${shown(path)}:6:12: membership.reasons: the weights of membership.reasons are all 0: ${tail}`,
    ]);
  });

  it('refuses policies that together leave the task mix at all 0, at the policy that completes it', () => {
    const path = write(
      'zero-by-policy.yaml',
      [
        'tasks:',
        '  mix: { rnd: 0, management: 1, marketing: 0, hr: 0, other: 0 }',
        'policies:',
        '  - { at: 12, set: { tasks.mix.rnd: 1 } }',
        '  - { at: 24, set: { tasks.mix.management: 0 } }',
        '  - { at: 36, set: { tasks.mix.rnd: 0 } }',
      ].join('\n'),
    );
    expect(problemsOf(path)).toEqual([
      `${shown(path)}:6:20: policies[2].set: from step 36 the weights of tasks.mix are all 0: give at least one a value above 0 (each is divided by their sum)`,
    ]);
  });
});

describe('loadScenario on an activity mix whose shares do not sum to 1', () => {
  it('refuses a mix summing to 1.5 at the group, and a negative share at the share', () => {
    const path = write('mix-sum.yaml', ['levers:', '  activityMix: { projectTeams: 0.6 }'].join('\n'));
    expect(problemsOf(path)).toEqual([
      `${shown(path)}:2:16: levers.activityMix: the shares of levers.activityMix sum to 1.5: expected 1 (within 0.01); give every share so that they add up to 1`,
    ]);
    const negative = write('mix-negative.yaml', ['levers:', '  activityMix: { online: -0.05 }'].join('\n'));
    expect(problemsOf(negative)[0]).toMatch(/levers\.activityMix\.online: expected a number >= 0, got -0\.05/);
  });

  it('refuses a policy that leaves the shares off 1, naming the step, and takes one that sets every share', () => {
    const half = write(
      'mix-policy.yaml',
      ['policies:', '  - { at: 12, regions: [honam], set: { levers.activityMix.projectTeams: 0.6 } }'].join('\n'),
    );
    expect(problemsOf(half)).toEqual([
      `${shown(half)}:2:38: policies[0].set: from step 12 the shares of levers.activityMix sum to 1.5: expected 1 (within 0.01); a policy that changes the mix should set every share so that they add up to 1`,
    ]);
    const whole = write(
      'mix-policy-whole.yaml',
      [
        'policies:',
        '  - at: 12',
        '    regions: [honam]',
        '    set: { levers.activityMix.projectTeams: 0.6, levers.activityMix.seminars: 0 }',
      ].join('\n'),
    );
    expect(loadScenario(whole).policies[0].set).toEqual({
      'levers.activityMix.projectTeams': 0.6,
      'levers.activityMix.seminars': 0,
    });
  });
});

describe('loadScenario on files it cannot use', () => {
  it('reports a missing file and a folder', () => {
    const missing = join(dir, 'nowhere.yaml');
    expect(problemsOf(missing)).toEqual([`${shown(missing)}: cannot read the file: no such file`]);
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    expect(problemsOf(folder)).toEqual([`${shown(folder)}: cannot read the file: it is a folder`]);
  });

  it('reports an empty file, a blank one and one holding only a comment', () => {
    for (const [name, text] of [
      ['empty.yaml', ''],
      ['blank.yaml', '  \n\n'],
      ['comment.yaml', '# nothing yet\n'],
    ]) {
      const path = write(name, text);
      expect(problemsOf(path)).toEqual([
        `${shown(path)}: the file is empty: a scenario needs at least a name, or {} for all defaults`,
      ]);
    }
  });

  it('reports a file that is not a mapping', () => {
    const list = write('list.yaml', '- 1\n- 2\n');
    expect(problemsOf(list)).toEqual([`${shown(list)}: a scenario must be a mapping of keys to values, got a list`]);
    const scalar = write('scalar.yaml', 'hello\n');
    expect(problemsOf(scalar)).toEqual([
      `${shown(scalar)}: a scenario must be a mapping of keys to values, got a string`,
    ]);
  });
});

describe('loadScenario on syntax errors', () => {
  it('gives the line and column of a YAML error', () => {
    const duplicate = write('duplicate-key.yaml', 'name: t\nname: u\n');
    expect(problemsOf(duplicate)).toEqual([`${shown(duplicate)}:2:1: YAML syntax error: Map keys must be unique`]);
    const tabs = write('tabs.yaml', 'name: t\nlevers:\n\tscope: region\n');
    expect(problemsOf(tabs)).toEqual([`${shown(tabs)}:3:1: YAML syntax error: Tabs are not allowed as indentation`]);
  });

  it("holds a .json file to JSON's grammar, with the line and column of the error", () => {
    const unclosed = write('bad.json', '{"name": "t"\n');
    expect(problemsOf(unclosed)).toEqual([
      `${shown(unclosed)}:2:1: JSON syntax error: Expected ',' or '}' after property value`,
    ]);
    const trailing = write('trailing-comma.json', '{"name": "t",}\n');
    expect(problemsOf(trailing)).toEqual([
      `${shown(trailing)}:1:14: JSON syntax error: Expected double-quoted property name`,
    ]);
  });

  it('reports duplicate keys in JSON as YAML does', () => {
    const path = write('duplicate-key.json', '{"name": "a", "name": "b"}\n');
    expect(problemsOf(path)).toEqual([`${shown(path)}:1:15: JSON syntax error: Map keys must be unique`]);
  });

  it('never quotes the text around a JSON error', () => {
    const path = write('quoted.json', '{"secret": hunter2}\n');
    expect(problemsOf(path)).toEqual([`${shown(path)}:2:1: JSON syntax error: Unexpected token 'h'`]);
  });

  it('reads YAML and JSON that begin with a byte-order mark', () => {
    expect(loadScenario(write('bom.yaml', '\ufeffname: bom\n')).name).toBe('bom');
    expect(loadScenario(write('bom.json', '\ufeff{"name": "bom"}\n')).name).toBe('bom');
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
    const horizon = write(
      'horizon.yaml',
      'name: t\nsteps: 12\npolicies:\n  - at: 13\n    set:\n      levers.scope: region\n',
    );
    expect(problemsOf(horizon)).toEqual([
      `${shown(horizon)}:4:9: policies[0].at: policy step 13 is beyond the horizon: the scenario runs 12 steps`,
    ]);
    const parameter = write(
      'parameter.yaml',
      'name: t\npolicies:\n  - at: 3\n    set:\n      budget.subsidyLvel: 0.5\n',
    );
    expect(problemsOf(parameter)).toEqual([
      `${shown(parameter)}:5:7: policies[0].set.budget.subsidyLvel: unknown parameter "budget.subsidyLvel": did you mean "budget.subsidyLevel"?`,
    ]);
  });

  it('locates a month before the run, a malformed month and a parameter a region may not scope', () => {
    const month = write(
      'month.yaml',
      'name: t\npolicies:\n  - at: 2004-06\n    set: { budget.subsidyLevel: 0 }\n  - at: 2012-4\n    set: { budget.subsidyLevel: 0 }\n',
    );
    expect(problemsOf(month)).toEqual([
      `${shown(month)}:5:9: policies[1].at: expected a month YYYY-MM with MM from 01 to 12 (e.g. 2012-04), got "2012-4"`,
      `${shown(month)}:3:9: policies[0].at: expected a month from 2005-01 (step 1, January of startYear 2005), got "2004-06"`,
    ]);
    const scoped = write(
      'scoped.yaml',
      'name: t\npolicies:\n  - at: 2011-01\n    regions: [honam]\n    set: { levers.scope: region }\n',
    );
    expect(problemsOf(scoped)).toEqual([
      `${shown(scoped)}:5:12: policies[0].set.levers.scope: "levers.scope" cannot be set for some regions only: a policy with regions may set only budget.subsidyLevel, budget.feePerFirmMonth, levers.activityMix.projectTeams, levers.activityMix.seminars, levers.activityMix.companyVisits, levers.activityMix.crossRegion, levers.activityMix.online, levers.activityMix.communities (the parameters read per MC)`,
    ]);
  });

  it('locates trustMin above trustMax and a duplicate region', () => {
    const trust = write('trust.yaml', 'name: t\ninitialNetwork:\n  trustMin: 0.8\n  trustMax: 0.2\n');
    expect(problemsOf(trust)).toEqual([
      `${shown(trust)}:3:13: initialNetwork.trustMin: trustMin must not exceed trustMax`,
    ]);
    const region = write('region.yaml', 'name: t\npopulation:\n  regions: [capital, honam, capital]\n');
    expect(problemsOf(region)).toEqual([
      `${shown(region)}:3:29: population.regions[2]: region "capital" is listed twice`,
    ]);
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
    expect(problemsOf(a)).toEqual([
      `${shown(b)}:1:10: extends: extends makes a cycle: ${shown(a)} -> ${shown(b)} -> ${shown(a)}`,
    ]);
  });

  it('reports a file extending itself', () => {
    const self = write('self.yaml', 'extends: self.yaml\n');
    expect(problemsOf(self)).toEqual([
      `${shown(self)}:1:10: extends: extends makes a cycle: ${shown(self)} -> ${shown(self)}`,
    ]);
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
    expect(loadScenario(child)).toMatchObject({
      name: 'child',
      steps: 24,
      levers: { scope: 'national', initiative: true },
    });
  });

  it('resolves the target relative to the extending file, through several levels', () => {
    write('levels/root.yaml', 'name: root\nseed: 9\n');
    write('levels/middle.yaml', 'extends: root.yaml\nsteps: 6\n');
    const leaf = write('levels/deeper/leaf.yaml', 'extends: ../middle.yaml\nname: leaf\n');
    expect(loadScenario(leaf)).toMatchObject({ name: 'leaf', seed: 9, steps: 6 });
  });

  it('reads a month with the startYear of the merged scenario, whichever file gives it', () => {
    write('month-base.yaml', 'name: base\npolicies:\n  - at: 2012-04\n    set: { budget.subsidyLevel: 0 }\n');
    const child = write('month-child.yaml', 'extends: month-base.yaml\nname: child\nstartYear: 2010\nsteps: 60\n');
    expect(loadScenario(child).policies[0].at).toBe(28);
  });

  it('replaces lists rather than merging them', () => {
    write('list-base.yaml', 'population:\n  regions: [capital, honam]\n');
    const child = write('list-child.yaml', 'extends: list-base.yaml\npopulation:\n  regions: [gangwon]\n');
    expect(loadScenario(child).population.regions).toEqual(['gangwon']);
  });
});

describe('--set overrides on hostile input', () => {
  it('report every prototype name in a path as an unknown parameter, and pollute nothing', () => {
    const path = write('set-proto.yaml', 'name: t\n');
    const sets = [
      'toString=1',
      'levers.hasOwnProperty=1',
      'constructor.prototype.x=1',
      'levers.toString.x=1',
      '__proto__.polluted=1',
      'valueOf=2',
    ];
    expect(errorOf(path, sets).problems.map(formatProblem)).toEqual([
      '--set toString=1: unknown parameter "toString"',
      '--set levers.hasOwnProperty=1: unknown parameter "levers.hasOwnProperty"',
      '--set constructor.prototype.x=1: unknown parameter "constructor.prototype.x"',
      '--set levers.toString.x=1: unknown parameter "levers.toString.x"',
      '--set __proto__.polluted=1: unknown parameter "__proto__.polluted"',
      '--set valueOf=2: unknown parameter "valueOf"',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("report a value with an unresolved alias, bad syntax or a prototype key like a file's", () => {
    const path = write('set-values.yaml', 'name: t\n');
    expect(
      errorOf(path, ['name=*a', 'levers.scope=[region', 'levers={__proto__: {scope: national}}']).problems.map(
        formatProblem,
      ),
    ).toEqual([
      '--set name=*a: unresolved alias *a: no anchor &a comes before it',
      '--set levers.scope=[region: YAML syntax error: Flow sequence must end with a ]',
    ]);
    expect(problemsOf(path, ['levers={__proto__: {scope: national}}'])).toEqual([
      '--set levers={__proto__: {scope: national}}: levers.__proto__: unknown key "__proto__"',
    ]);
  });

  it('blame a problem inside the value an override gave on the override', () => {
    const path = write('set-inside.yaml', 'name: t\n');
    expect(problemsOf(path, ['levers.scope.x=1'])).toEqual([
      '--set levers.scope.x=1: levers.scope: expected one of "park", "region", "national", got {"x":1}',
    ]);
  });
});

describe('--set overrides', () => {
  it('reject an override without path=value', () => {
    const path = write('plain.yaml', 'name: plain\n');
    expect(problemsOf(path, ['steps'])).toEqual([
      '--set: --set "steps": expected path=value, e.g. levers.scope=region',
    ]);
    expect(problemsOf(path, ['=3'])).toEqual(['--set: --set "=3": expected path=value, e.g. levers.scope=region']);
  });

  it('apply after extends, reading values as YAML scalars', () => {
    write('set-base.yaml', 'name: base\nsteps: 24\n');
    const child = write('set-child.yaml', 'extends: set-base.yaml\nlevers:\n  scope: national\n');
    const scenario = loadScenario(child, {
      set: ['steps=5', 'levers.scope=park', 'levers.initiative=true', 'budget.subsidyLevel=0.5'],
    });
    expect(scenario).toMatchObject({
      steps: 5,
      levers: { scope: 'park', initiative: true },
      budget: { subsidyLevel: 0.5 },
    });
  });

  it('read plain integers (read without the YAML parser) as YAML reads them, -0 as 0', () => {
    const values = ['0', '-0', '7', '-12', '007', '123456789012345', '1234567890123456', ' 3', '+3', '1e3', '0x10'];
    const read = applySets(
      {},
      values.map((v, k) => `v${k}=${v}`),
    );
    const yaml = values.map((v) => {
      const value = parse(v) as number;
      return Object.is(value, -0) ? 0 : value;
    });
    expect(values.map((_v, k) => read[`v${k}`])).toEqual(yaml);
    expect(Object.is(read.v1, 0)).toBe(true);
    expect(read.v6).toBe(1234567890123456);
  });

  it('leave the data they are applied to unchanged', () => {
    const data = { levers: { scope: 'park' } };
    expect(applySets(data, ['levers.scope=region'])).toEqual({ levers: { scope: 'region' } });
    expect(data.levers.scope).toBe('park');
  });
});

describe('mergeScenario', () => {
  it('merges nested mappings and replaces everything else', () => {
    expect(mergeScenario({ a: { b: 1, c: 2 }, l: [1, 2], s: 'x' }, { a: { c: 3 }, l: [3], s: { y: 1 } })).toEqual({
      a: { b: 1, c: 3 },
      l: [3],
      s: { y: 1 },
    });
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
  const folder = tempFolder('clustersim-blame-');
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
    expect(problemsOf(plain, ['__proto__.polluted=1'])).toEqual([
      '--set __proto__.polluted=1: unknown parameter "__proto__.polluted"',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('describes a policy value by the parameter it sets', () => {
    const f = write(
      'policy-types.yaml',
      [
        'policies:',
        '  - { at: 1, set: { levers.initiative: "yes" } }',
        '  - { at: 1, set: { levers.exitEvery: 0 } }',
        '  - { at: 1, set: { levers.exitEvery: 1.5 } }',
        'name: ""',
      ].join('\n'),
    );
    expect(problemsOf(f)).toEqual([`${f}:5:7: name: expected text of at least 1 character, got ""`]);
    const g = write(
      'policy-types2.yaml',
      'policies:\n  - { at: 1, set: { levers.initiative: "yes" } }\n  - { at: 1, set: { levers.exitEvery: 0 } }\n  - { at: 1, set: { levers.exitEvery: 1.5 } }\n',
    );
    expect(problemsOf(g)).toEqual([
      `${g}:2:40: policies[0].set.levers.initiative: expected true or false, got "yes"`,
      `${g}:3:39: policies[1].set.levers.exitEvery: expected an integer >= 1, got 0`,
      `${g}:4:39: policies[2].set.levers.exitEvery: expected an integer, got 1.5`,
    ]);
  });
});
