// Targets files: bad files first (with file, line and column), then the project's file and how it resolves to steps.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTargets, validateTargets } from '../../src/experiments/targets/load.js';
import { fittedTargets, resolveTargets } from '../../src/experiments/targets/resolve.js';
import { UserError } from '../../src/errors.js';
import { ScenarioError } from '../../src/scenario/problems.js';
import { tempFolder } from '../helpers/temp.js';

const dir = tempFolder('clustersim-targets-');
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
  `  - { id: a, description: d, source: s, observed: 2, tolerance: { relative: 0.15 }, simulated: ${simulated}${extra}, role: fitted, why: w }\n`;

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
        '  - { id: a, description: d, source: s, observed: 2, weight: 1e7, tolerance: { relative: 101 }, simulated: { sum: events, year: 2401 }, role: input }\n',
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

describe('loadTargets: roles and figures compared, not tested', () => {
  const line = (id: string, rest: string) =>
    `  - { id: ${id}, description: d, source: s, observed: 2, tolerance: { relative: 0.15 }, simulated: { at: members, step: 0 }${rest} }\n`;

  it('names the file, the target and the roles when a role is missing or unknown', () => {
    const file = write('roles.yaml', HEAD + line('no-role', '') + line('bad-role', ', role: fit, why: w'));
    expect(messageOf(() => loadTargets(file))).toBe(
      [
        `${file}:4:5: targets[0].role: target "no-role" has no role: expected input (data the model is built from: shown, not a test), fitted (used by calibrate) or heldout (never used by calibrate)`,
        `${file}:5:135: targets[1].role: target "bad-role": expected input (data the model is built from: shown, not a test), fitted (used by calibrate) or heldout (never used by calibrate), got "fit"`,
      ].join('\n'),
    );
  });

  it('asks a fitted or held-out target why it is an outcome; an input needs no why', () => {
    const file = write(
      'why.yaml',
      HEAD + line('f', ', role: fitted') + line('h', ', role: heldout') + line('i', ', role: input'),
    );
    expect(messageOf(() => loadTargets(file))).toBe(
      [
        `${file}:4:5: targets[0].why: target "f" is fitted: expected a why, saying why the figure is an outcome of the model's dynamics and not met by setting a parameter to its observed value`,
        `${file}:5:5: targets[1].why: target "h" is heldout: expected a why, saying why the figure is an outcome of the model's dynamics and not met by setting a parameter to its observed value`,
      ].join('\n'),
    );
    const ok = write('input.yaml', HEAD + line('i', ', role: input'));
    expect(loadTargets(ok).targets[0]).toMatchObject({ id: 'i', role: 'input' });
    expect(loadTargets(ok).targets[0].why).toBeUndefined();
  });

  it('takes an untargeted figure with both observed and simulated, or neither, and checks its measure', () => {
    const untargeted = (rest: string) => `untargeted:\n  - { source: s, figure: f, reason: r${rest} }\n`;
    const head = HEAD + line('i', ', role: input');
    const half = write('half.yaml', head + untargeted(', observed: 5'));
    expect(messageOf(() => loadTargets(half))).toBe(
      `${half}:6:5: untargeted[0].simulated: figure "f" gives observed without simulated: expected both (shown side by side, not tested) or neither`,
    );
    const other = write('other-half.yaml', head + untargeted(', simulated: { at: members, step: 3 }'));
    expect(messageOf(() => loadTargets(other))).toMatch(
      /untargeted\[0\]\.observed: figure "f" gives simulated without observed/,
    );
    const column = write('column.yaml', head + untargeted(', observed: 5, simulated: { at: membrs, step: 3 }'));
    expect(messageOf(() => loadTargets(column))).toMatch(
      /untargeted\[0\]\.simulated\.at: unknown column "membrs": did you mean "members"\?/,
    );
    const both = loadTargets(
      write('both.yaml', head + untargeted(', observed: 5, simulated: { at: members, step: 3 }')),
    );
    const resolved = resolveTargets(both, 2005);
    expect(resolved.compared).toEqual([
      { figure: 'f', source: 's', reason: 'r', observed: 5, spec: { kind: 'at', column: 'members', step: 3 } },
    ]);
    expect(resolved.horizon).toBe(3);
    const plain = resolveTargets(loadTargets(write('plain.yaml', head + untargeted(''))), 2005);
    expect(plain.compared).toEqual([]);
    expect(plain.horizon).toBe(0);
  });
});

describe('fittedTargets', () => {
  const resolved = resolveTargets(
    validateTargets({
      name: 'mini',
      source: 's',
      targets: [
        {
          id: 'a-in',
          role: 'input',
          description: 'd',
          source: 's',
          observed: 1,
          tolerance: { relative: 0.1 },
          simulated: { at: 'members', step: 1 },
        },
        {
          id: 'a-fit',
          role: 'fitted',
          why: 'w',
          description: 'd',
          source: 's',
          observed: 1,
          tolerance: { relative: 0.1 },
          simulated: { at: 'members', step: 2 },
        },
        {
          id: 'b-fit',
          role: 'fitted',
          why: 'w',
          description: 'd',
          source: 's',
          observed: 1,
          tolerance: { relative: 0.1 },
          simulated: { at: 'members', step: 5 },
        },
        {
          id: 'b-out',
          role: 'heldout',
          why: 'w',
          description: 'd',
          source: 's',
          observed: 1,
          tolerance: { relative: 0.1 },
          simulated: { at: 'members', step: 9 },
        },
      ],
      untargeted: [{ source: 's', figure: 'f', reason: 'r', observed: 1, simulated: { at: 'members', step: 12 } }],
    }),
    2005,
  );

  it('refuses --only prefixes that select no fitted target, naming the roles of what they did select', () => {
    expect(() => fittedTargets(resolved, ['a-in'], 't.yaml')).toThrow(UserError);
    expect(() => fittedTargets(resolved, ['a-in'], 't.yaml')).toThrow(
      '--only a-in: no fitted target of t.yaml has an id starting with this (a-in is input: calibrate never uses it); fitted ids: a-fit, b-fit',
    );
    expect(() => fittedTargets(resolved, ['x', 'b-o'], 't.yaml')).toThrow(
      '--only x b-o: no fitted target of t.yaml has an id starting with any of these (b-out is heldout: calibrate never uses it); fitted ids: a-fit, b-fit',
    );
    const none = { ...resolved, targets: resolved.targets.filter((t) => t.role !== 'fitted') };
    expect(() => fittedTargets(none, undefined, 't.yaml')).toThrow(
      't.yaml: no target has role fitted, so calibrate has nothing to fit: expected at least one target with role: fitted',
    );
  });

  it('keeps the fitted targets only, without compared figures, and shrinks the horizon to theirs', () => {
    expect(resolved.horizon).toBe(12);
    const all = fittedTargets(resolved, undefined);
    expect(all.targets.map((t) => t.id)).toEqual(['a-fit', 'b-fit']);
    expect(all.compared).toEqual([]);
    expect(all.horizon).toBe(5);
    const some = fittedTargets(resolved, ['a-', 'b-out']);
    expect(some.targets.map((t) => t.id)).toEqual(['a-fit']);
    expect(some.horizon).toBe(2);
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
    expect(byId.get('panel-iur-ties-2009')?.spec).toEqual({
      kind: 'panel',
      column: 'iurTies',
      step: 60,
      panelStep: 72,
    });
    expect(byId.get('panel-iur-ties-2009')?.tolerance).toBeCloseTo(0.72, 12);
    expect(byId.get('task-share-marketing-2010')?.spec).toEqual({
      kind: 'share',
      column: 'tasksSolvedMarketing',
      of: 'tasksSolved',
      from: 61,
      to: 72,
    });
    expect(byId.get('tasks-acceleration')?.spec).toMatchObject({ kind: 'acceleration', split: 2 });
    expect(byId.get('satisfaction-factor-order')?.spec).toEqual({
      kind: 'survey',
      stat: 'orderAgreements',
      reference: [0.753, 0.659, 0.784, 0.639, 0.779],
    });
    expect(file.untargeted.length).toBeGreaterThan(0);
    const ids = (role: string) => resolved.targets.filter((t) => t.role === role).map((t) => t.id);
    expect(ids('fitted')).toEqual([
      'panel-iur-ties-2009',
      'tasks-2005',
      'tasks-2010',
      'tasks-total',
      'members-firm',
      'satisfaction-factor-order',
    ]);
    // At least a third of the tests are held out, Table 3's inter-firm panel and Table 2's shape among them.
    expect(ids('heldout')).toHaveLength(26);
    expect(ids('heldout')).toEqual(
      expect.arrayContaining(['panel-firm-ties-2009', 'tasks-2006', 'tasks-2009', 'tasks-acceleration']),
    );
    expect(ids('input')).toHaveLength(19);
    expect(resolved.targets.filter((t) => t.role !== 'input').every((t) => (t.why ?? '').length > 0)).toBe(true);
    expect(resolved.compared.map((c) => [c.observed, c.spec])).toEqual([
      [6189, { kind: 'at', column: 'members', step: 72 }],
      [5889, { kind: 'at', column: 'members', step: 72 }],
      [338600, { kind: 'sum', column: 'subsidyPaid', from: 1, to: 72 }],
    ]);
    const some = fittedTargets(resolved, ['panel-']);
    expect(some.targets.map((t) => t.id)).toEqual(['panel-iur-ties-2009']);
    expect(some.horizon).toBe(72);
    expect(some.survey).toBeUndefined();
    expect(() => fittedTargets(resolved, ['nothing'])).toThrow(
      /no fitted target of korea-2005-2010 has an id starting/,
    );
    expect(() => resolveTargets(file, 2007)).toThrow(/year 2005 is before the scenario's startYear 2007/);
  });
});
