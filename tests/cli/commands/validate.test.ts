// clustersim validate: a catalogue of the mistakes analysts make in scenario files, each with the exact message it
// gets (in process, through main); a few through a real process: exit codes and no stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../helpers/cli.js';
import { tempFolder } from '../../helpers/temp.js';

const dir = tempFolder('clustersim-mistakes-');
mkdirSync(join(dir, 'folder.yaml'));

/** Each mistake: a file name, its text, and the message `validate` must print for it. */
const MISTAKES: [name: string, file: string, text: string, message: string][] = [
  ['wrong type', 'wrong-type.yaml', 'steps: many\n', 'wrong-type.yaml:1:8: steps: expected an integer, got "many"'],
  ['not an integer', 'fraction.yaml', 'seed: 1.5\n', 'fraction.yaml:1:7: seed: expected an integer, got 1.5'],
  ['below the range', 'negative.yaml', 'steps: -3\n', 'negative.yaml:1:8: steps: expected an integer >= 1, got -3'],
  [
    'above the range',
    'share.yaml',
    'search:\n  randomShare: 2\n',
    'share.yaml:2:16: search.randomShare: expected a number <= 1, got 2',
  ],
  [
    'zero where it must be positive',
    'scale.yaml',
    'population:\n  scale: 0\n',
    'scale.yaml:2:10: population.scale: expected a number > 0, got 0',
  ],
  [
    'unknown key with a suggestion',
    'typo.yaml',
    'serach:\n  probPerMonth: 0.2\n',
    'typo.yaml:1:1: serach: unknown key "serach": did you mean "search"?',
  ],
  [
    'unknown nested key',
    'nested.yaml',
    'trust:\n  gian: 0.2\n',
    'nested.yaml:2:3: trust.gian: unknown key "gian": did you mean "gain"?',
  ],
  [
    'bad choice with a suggestion',
    'scope.yaml',
    'levers:\n  scope: regoin\n',
    'scope.yaml:2:10: levers.scope: expected one of "park", "region", "national", got "regoin": did you mean "region"?',
  ],
  [
    'unknown region',
    'region.yaml',
    'population:\n  regions: [gangwon, jeju]\n',
    'region.yaml:2:22: population.regions[1]: expected one of "capital", "daegyeong", "chungcheong", "dongnam", "honam", "gangwon", got "jeju"',
  ],
  [
    'empty list',
    'no-regions.yaml',
    'population:\n  regions: []\n',
    'no-regions.yaml:2:12: population.regions: expected at least 1 item',
  ],
  [
    'duplicate region',
    'twice.yaml',
    'population:\n  regions: [gangwon, gangwon]\n',
    'twice.yaml:2:22: population.regions[1]: region "gangwon" is listed twice',
  ],
  [
    'min above max',
    'trust.yaml',
    'initialNetwork:\n  trustMin: 0.8\n  trustMax: 0.2\n',
    'trust.yaml:2:13: initialNetwork.trustMin: trustMin must not exceed trustMax',
  ],
  [
    'shares above one',
    'sizes.yaml',
    'population:\n  largeFirmShare: 0.6\n  mediumFirmShare: 0.6\n',
    'sizes.yaml:3:20: population.mediumFirmShare: largeFirmShare and mediumFirmShare add up to 1.2, more than 1',
  ],
  [
    'unknown lever in a policy',
    'lever.yaml',
    'policies:\n  - at: 5\n    set: { levers.openEventShar: 0.3 }\n',
    'lever.yaml:3:12: policies[0].set.levers.openEventShar: unknown parameter "levers.openEventShar": did you mean "levers.openEventShare"?',
  ],
  [
    'policy value of the wrong kind',
    'policy-value.yaml',
    'policies:\n  - at: 5\n    set: { levers.scope: planet }\n',
    'policy-value.yaml:3:26: policies[0].set.levers.scope: expected one of "park", "region", "national", got "planet"',
  ],
  [
    'policy step beyond the horizon',
    'horizon.yaml',
    'steps: 60\npolicies:\n  - at: 73\n    set: { budget.subsidyLevel: 0 }\n',
    'horizon.yaml:3:9: policies[0].at: policy step 73 is beyond the horizon: the scenario runs 60 steps',
  ],
  [
    'policy step negative',
    'before.yaml',
    'policies:\n  - at: -1\n    set: { budget.subsidyLevel: 0 }\n',
    'before.yaml:2:9: policies[0].at: expected an integer >= 0, got -1',
  ],
  [
    'policy without a step',
    'no-at.yaml',
    'policies:\n  - set: { budget.subsidyLevel: 0 }\n',
    'no-at.yaml:2:5: policies[0].at: is required: expected a step (an integer) or a month YYYY-MM',
  ],
  [
    'policy that sets nothing',
    'empty-set.yaml',
    'policies:\n  - at: 5\n    set: {}\n',
    'empty-set.yaml:3:10: policies[0].set: a policy must set at least one parameter',
  ],
  [
    'policy on a group, not a value',
    'group.yaml',
    'policies:\n  - at: 5\n    set: { levers: 1 }\n',
    'group.yaml:3:12: policies[0].set.levers: "levers" is a group of parameters: name one value inside it (e.g. levers.<key>)',
  ],
  [
    'policy on a start-only parameter',
    'start-only.yaml',
    'policies:\n  - at: 5\n    set: { population.scale: 2 }\n',
    'start-only.yaml:3:12: policies[0].set.population.scale: unknown parameter "population.scale"',
  ],
  [
    'ramp on a switch',
    'ramp-switch.yaml',
    'policies:\n  - at: 5\n    rampSteps: 12\n    set: { levers.initiative: true }\n',
    'ramp-switch.yaml:4:12: policies[0].set.levers.initiative: rampSteps needs numeric values, but "levers.initiative" is not a number',
  ],
  [
    'ramp on a whole number',
    'ramp-int.yaml',
    'policies:\n  - at: 5\n    rampSteps: 12\n    set: { levers.exitEvery: 6 }\n',
    'ramp-int.yaml:4:12: policies[0].set.levers.exitEvery: rampSteps cannot ramp "levers.exitEvery": it takes whole numbers; set it at once (rampSteps: 0)',
  ],
  [
    'policies not a list',
    'policies-map.yaml',
    'policies:\n  at: 5\n',
    'policies-map.yaml:2:3: policies: expected a list, got {"at":5}',
  ],
  [
    'YAML syntax error',
    'syntax.yaml',
    'name: x\nsearch: [1, 2\nsteps: 3\n',
    'syntax.yaml:3:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  [
    'JSON syntax error',
    'broken.json',
    '{\n  "name": "x",\n}\n',
    'broken.json:3:1: JSON syntax error: Expected double-quoted property name',
  ],
  ['duplicate key', 'dup.yaml', 'steps: 3\nsteps: 4\n', 'dup.yaml:2:1: YAML syntax error: Map keys must be unique'],
  [
    'empty file',
    'empty.yaml',
    '\n',
    'empty.yaml: the file is empty: a scenario needs at least a name, or {} for all defaults',
  ],
  [
    'a list, not a mapping',
    'list.yaml',
    '- a\n- b\n',
    'list.yaml: a scenario must be a mapping of keys to values, got a list',
  ],
  [
    'missing extends target',
    'orphan.yaml',
    'extends: nowhere.yaml\n',
    'orphan.yaml:1:10: extends: extends "nowhere.yaml": no such file',
  ],
  [
    'circular extends',
    'loop-a.yaml',
    'extends: loop-b.yaml\n',
    'loop-b.yaml:1:10: extends: extends makes a cycle: loop-a.yaml -> loop-b.yaml -> loop-a.yaml',
  ],
  [
    'extends not a file name',
    'extends-number.yaml',
    'extends: 3\n',
    'extends-number.yaml:1:10: extends: extends must be a file name, got 3',
  ],
  ['a missing file', 'absent.yaml', '', 'absent.yaml: cannot read the file: no such file'],
  ['a folder', 'folder.yaml', '', 'folder.yaml: cannot read the file: it is a folder'],
];

for (const [, file, text] of MISTAKES) if (text) writeFileSync(join(dir, file), text);
writeFileSync(join(dir, 'loop-b.yaml'), 'extends: loop-a.yaml\n');
writeFileSync(join(dir, 'good.yaml'), 'name: good\nsteps: 24\n');

/** `clustersim validate FILES` in a real process. */
function validateProcess(...files: string[]) {
  return spawnSync(process.execPath, [join(process.cwd(), 'bin/clustersim.js'), 'validate', ...files], {
    cwd: dir,
    encoding: 'utf8',
  });
}

/** `clustersim validate FILES` in this process (main), from the folder of the files. */
const validate = (...files: string[]) => runMain(['validate', ...files], { cwd: dir });

describe('clustersim validate', () => {
  it(`catches ${MISTAKES.length} kinds of mistake`, () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(MISTAKES)('%s: exit 2, one clear line, no stack trace', async (_, file, __, message) => {
    const result = await validate(file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(message + '\n');
  });

  it('reports every problem of every file, and passes a good file silently', async () => {
    const result = await validate('good.yaml', 'negative.yaml', 'typo.yaml');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'negative.yaml:1:8: steps: expected an integer >= 1, got -3',
      'typo.yaml:1:1: serach: unknown key "serach": did you mean "search"?',
    ]);
  });

  it('says so when all files are valid', async () => {
    const result = await validate('good.yaml');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('clustersim: 1 file valid\n');
  });
});

describe('clustersim validate, as a process', () => {
  it('exits 2 with the messages alone, no stack trace, for bad files', () => {
    const result = validateProcess('good.yaml', 'negative.yaml', 'orphan.yaml', 'folder.yaml');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'negative.yaml:1:8: steps: expected an integer >= 1, got -3',
        'orphan.yaml:1:10: extends: extends "nowhere.yaml": no such file',
        'folder.yaml: cannot read the file: it is a folder',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when all files are valid', () => {
    const result = validateProcess('good.yaml');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('clustersim: 1 file valid\n');
    expect(result.stderr).toBe('');
  });
});
