// Targets files: bad files first (with file, line and column), then the project's file and how it resolves to steps.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

describe('loadTargets on files that are not targets files', () => {
  it('refuses a folder, a FIFO, a device, a wrong name and a file over 1 MiB, naming the file', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const cases: [string, string][] = [
      [join(dir, 'folder.yaml'), 'cannot read the file: it is a folder'],
      [join(dir, 'pipe.yaml'), 'cannot read the file: it is a FIFO (named pipe), not a regular file'],
      ['/dev/zero', 'cannot read the file: it is a character device, not a regular file'],
      [
        write('targets.txt', HEAD + target('{ at: members, step: 0 }')),
        'expected a file whose name ends in .yaml, .yml or .json',
      ],
      [write('big.yaml', '#'.repeat(1024 * 1024 + 1)), 'the file has 1048577 bytes: expected at most 1048576 (1 MiB)'],
    ];
    for (const [file, detail] of cases) expect(messageOf(() => loadTargets(file))).toBe(`${file}: ${detail}`);
  });

  it('names only the kind of content that is not a mapping', () => {
    const file = write('list.json', '["hunter2"]\n');
    expect(messageOf(() => loadTargets(file))).toBe(
      `${file}: a targets file must be a mapping of keys to values, got a list`,
    );
    const empty = write('empty.yaml', '# nothing\n');
    expect(messageOf(() => loadTargets(empty))).toBe(`${empty}: the file is empty: expected a targets file`);
  });

  it('refuses alias bombs, unresolved aliases and deep nesting like a scenario file', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    expect(messageOf(() => loadTargets(write('bomb.yaml', bomb.join('\n'))))).toBe(
      `${join(dir, 'bomb.yaml')}:4:33: YAML aliases expand too far: to more than 10000 values`,
    );
    expect(messageOf(() => loadTargets(write('alias.yaml', 'name: *x\n')))).toBe(
      `${join(dir, 'alias.yaml')}:1:7: unresolved alias *x: no anchor &x comes before it`,
    );
    expect(messageOf(() => loadTargets(write('deep.yaml', 'name: ' + '['.repeat(100) + ']'.repeat(100))))).toBe(
      `${join(dir, 'deep.yaml')}:1:70: values are nested more than 64 levels deep`,
    );
  });

  it('reports prototype names as unknown keys', () => {
    const file = write(
      'proto.yaml',
      '__proto__: { name: x }\n' + HEAD + target('{ at: members, step: 0 }', ', constructor: 1'),
    );
    expect(messageOf(() => loadTargets(file))).toBe(
      [
        `${file}:5:135: targets[0].constructor: unknown key "constructor"`,
        `${file}:1:12: __proto__: unknown key "__proto__"`,
      ].join('\n'),
    );
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('caps steps, years, weights, tolerances and correlations', () => {
    const file = write(
      'bounds.yaml',
      'name: t\nsource: s\nsurvey: { step: 2401, referenceCorrelations: { openness: 2, skilledPeople: 0, selfReliance: 0, communityCooperation: 0, jointIur: 0 } }\ntargets:\n' +
        '  - { id: a, description: d, source: s, observed: 2, weight: 1e7, tolerance: { relative: 101 }, simulated: { sum: events, year: 2401 } }\n',
    );
    expect(messageOf(() => loadTargets(file))).toBe(
      [
        `${file}:3:17: survey.step: Too big: expected number to be <=2400`,
        `${file}:3:58: survey.referenceCorrelations.openness: Too big: expected number to be <=1`,
        `${file}:5:90: targets[0].tolerance.relative: Too big: expected number to be <=100`,
        `${file}:5:129: targets[0].simulated.year: Too big: expected number to be <=2400`,
        `${file}:5:62: targets[0].weight: Too big: expected number to be <=1000000`,
      ].join('\n'),
    );
  });
});

describe('loadTargets', () => {
  it('reports a missing file and YAML syntax errors', () => {
    expect(messageOf(() => loadTargets(join(dir, 'none.yaml')))).toMatch(
      /none\.yaml: cannot read the file: no such file/,
    );
    expect(messageOf(() => loadTargets(write('syntax.yaml', 'name: [\n')))).toMatch(
      /syntax\.yaml:\d+:\d+: YAML syntax error/,
    );
  });

  it('names unknown keys with their line and a suggestion', () => {
    const file = write('keys.yaml', HEAD + target('{ at: members, step: 0 }', ', tolerence: 1'));
    expect(messageOf(() => loadTargets(file))).toMatch(
      /keys\.yaml:4:\d+: targets\[0\]\.tolerence: unknown key "tolerence": did you mean "tolerance"\?/,
    );
  });

  it('checks the simulated counterpart: one kind, known columns, a range or a year, a survey section', () => {
    expect(
      messageOf(() => loadTargets(write('two.yaml', HEAD + target('{ at: members, sum: events, step: 0 }')))),
    ).toMatch(/exactly one of at, sum, share, survey, panel or acceleration, got at and sum/);
    expect(messageOf(() => loadTargets(write('col.yaml', HEAD + target('{ at: memebrs, step: 0 }'))))).toMatch(
      /simulated\.at: unknown column "memebrs": did you mean "members"\?/,
    );
    expect(messageOf(() => loadTargets(write('range.yaml', HEAD + target('{ sum: events, from: 1 }'))))).toMatch(
      /either from and to, or year/,
    );
    expect(
      messageOf(() => loadTargets(write('of.yaml', HEAD + target('{ share: tasksSolvedHr, year: 2005 }')))),
    ).toMatch(/share needs the column/);
    expect(messageOf(() => loadTargets(write('survey.yaml', HEAD + target('{ survey: orderAgreements }'))))).toMatch(
      /needs the file's survey section/,
    );
    expect(messageOf(() => loadTargets(write('stat.yaml', HEAD + target('{ survey: median }'))))).toMatch(
      /simulated\.survey: expected one of "positiveCorrelations"/,
    );
    const twice = HEAD + target('{ at: members, step: 0 }') + target('{ at: members, step: 1 }');
    expect(messageOf(() => loadTargets(write('twice.yaml', twice)))).toMatch(/targets\[1\]\.id: id "a" is used twice/);
  });

  it('checks panels and accelerations: the steps and years they need, in order', () => {
    expect(messageOf(() => loadTargets(write('p1.yaml', HEAD + target('{ panel: iurTies, step: 60 }'))))).toMatch(
      /simulated\.panelStep: panel needs panelStep/,
    );
    expect(messageOf(() => loadTargets(write('p2.yaml', HEAD + target('{ panel: iurTies, panelStep: 72 }'))))).toMatch(
      /simulated\.step: panel needs the step to read/,
    );
    expect(
      messageOf(() => loadTargets(write('p3.yaml', HEAD + target('{ panel: ties, step: 0, panelStep: 72 }')))),
    ).toMatch(/simulated\.panel: expected one of "iurTies", "firmTies"/);
    expect(
      messageOf(() => loadTargets(write('a1.yaml', HEAD + target('{ acceleration: tasksSolved, fromYear: 2005 }')))),
    ).toMatch(/acceleration needs fromYear, splitYear and toYear/);
    const backwards = '{ acceleration: tasksSolved, fromYear: 2005, splitYear: 2010, toYear: 2007 }';
    expect(messageOf(() => loadTargets(write('a2.yaml', HEAD + target(backwards))))).toMatch(
      /simulated\.splitYear: expected fromYear < splitYear < toYear, got 2005, 2010, 2007/,
    );
    const unknown = '{ acceleration: tasks, fromYear: 2005, splitYear: 2007, toYear: 2010 }';
    expect(messageOf(() => loadTargets(write('a3.yaml', HEAD + target(unknown))))).toMatch(
      /simulated\.acceleration: unknown column "tasks"/,
    );
    const good = loadTargets(
      write('ok.yaml', HEAD + target('{ acceleration: tasksSolved, fromYear: 2005, splitYear: 2007, toYear: 2008 }')),
    );
    expect(resolveTargets(good, 2005).targets[0].spec).toEqual({
      kind: 'acceleration',
      column: 'tasksSolved',
      years: [
        [1, 12],
        [13, 24],
        [25, 36],
        [37, 48],
      ],
      split: 2,
    });
    expect(resolveTargets(good, 2005).horizon).toBe(48);
    expect(() => resolveTargets(good, 2006)).toThrow(/year 2005 is before the scenario's startYear 2006/);
  });

  it("loads the project's targets and resolves calendar years to steps", () => {
    const file = loadTargets('scenarios/targets/korea-2005-2010.yaml');
    const resolved = resolveTargets(file, 2005);
    expect(resolved.horizon).toBe(72);
    expect(resolved.survey).toEqual({
      step: 62,
      respondents: 890,
      nonJoinerRespondents: Number.MAX_SAFE_INTEGER,
      likert: true,
    });
    const byId = new Map(resolved.targets.map((t) => [t.id, t]));
    expect(byId.get('tasks-2006')?.spec).toEqual({ kind: 'sum', column: 'tasksSolved', from: 13, to: 24 });
    expect(byId.get('iur-ties-2009')?.spec).toEqual({ kind: 'at', column: 'iurTiesPerFirm', step: 60 });
    expect(byId.get('iur-ties-2009')?.tolerance).toBeCloseTo(0.72, 12);
    expect(byId.get('satisfaction-factor-order')?.spec).toEqual({
      kind: 'survey',
      stat: 'orderAgreements',
      reference: [0.753, 0.659, 0.784, 0.639, 0.779],
    });
    expect(file.untargeted.length).toBeGreaterThan(0);
    const some = selectTargets(resolved, ['iur-']);
    expect(some.targets.map((t) => t.id)).toEqual(['iur-ties-2004', 'iur-ties-2009']);
    expect(some.horizon).toBe(60);
    expect(some.survey).toBeUndefined();
    expect(() => selectTargets(resolved, ['nothing'])).toThrow(/no target id starts with this/);
    expect(() => resolveTargets(file, 2007)).toThrow(/year 2005 is before the scenario's startYear 2007/);
  });
});
