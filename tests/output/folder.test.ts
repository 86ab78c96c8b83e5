// Which folders clustersim may write: never a folder of someone's files, a file, a device, the working folder or one
// above it, the file system's root, or a folder that holds an input; a clustersim folder (marked, or written before the
// marker existed) of the same kind, or of another kind with force.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { checkOutputFolder, inspectFolder, isInside, MARKER_FILE, markerText } from '../../src/output/folder.js';
import { tempFolder } from '../helpers/temp.js';

let root: string;
let count = 0;
const fresh = () => {
  const dir = join(root, `case-${count++}`);
  mkdirSync(dir);
  return dir;
};
const RUN = { kind: 'run' } as const;

beforeAll(() => {
  root = tempFolder('clustersim-folder-');
});

const refusal = (dir: string, request: Parameters<typeof checkOutputFolder>[1] = RUN) => {
  try {
    checkOutputFolder(dir, request);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error(`${dir} was not refused`);
};

describe('checkOutputFolder refuses', () => {
  it('a folder of user files, naming some of them', () => {
    const dir = fresh();
    for (const name of ['a.docx', 'b.docx', 'c.docx', 'd.docx']) writeFileSync(join(dir, name), 'x');
    expect(refusal(dir)).toBe(
      `clustersim: will not write to ${dir}: it is a folder that clustersim did not write (it holds a.docx, b.docx, c.docx and 1 more), ` +
        'and clustersim never replaces such a folder; choose another --out folder (a new or empty one)',
    );
  });

  it('a file, a device, a symbolic link', () => {
    const file = join(fresh(), 'results.csv');
    writeFileSync(file, 'x');
    expect(refusal(file)).toBe(
      `clustersim: will not write to ${file}: it is a file, not a folder, and clustersim does not replace it; choose another --out folder (a new or empty one)`,
    );
    expect(refusal('/dev/null')).toMatch(/^clustersim: will not write to \/dev\/null: it is a device, not a folder/);
    const link = join(fresh(), 'link');
    symlinkSync(fresh(), link);
    expect(refusal(link)).toMatch(/it is a symbolic link, not a folder/);
  });

  it('the working folder, a parent of it, the root and the home folder', () => {
    expect(refusal('.')).toMatch(
      /^clustersim: will not write to \.: it is the working folder, and clustersim writes only into a folder of its own/,
    );
    expect(refusal('..')).toMatch(/it is a parent of the working folder/);
    expect(refusal(dirname(process.cwd()))).toMatch(/it is a parent of the working folder/);
    expect(refusal('/')).toMatch(/it is (the root of the file system|a parent of the working folder)/);
  });

  it('a folder that holds an input of the command, however deep', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'inputs'));
    writeFileSync(join(dir, 'inputs', 'scenario.yaml'), 'name: x\n');
    expect(refusal(dir, { kind: 'run', inputs: [join(dir, 'inputs', 'scenario.yaml')] })).toMatch(
      /it holds .*scenario\.yaml, an input of this command/,
    );
  });

  it('a clustersim folder holding a file it did not write, even with force', () => {
    const dir = fresh();
    writeFileSync(join(dir, MARKER_FILE), markerText('run', ['summary.json']));
    writeFileSync(join(dir, 'summary.json'), '{}');
    writeFileSync(join(dir, 'my-notes.txt'), 'mine');
    expect(refusal(dir, { kind: 'run', force: true })).toMatch(
      /it holds files that clustersim did not write \(my-notes\.txt\)/,
    );
  });

  it('a clustersim folder of another kind without force', () => {
    const dir = fresh();
    writeFileSync(join(dir, MARKER_FILE), markerText('sweep', ['runs.csv']));
    writeFileSync(join(dir, 'runs.csv'), 'point\n');
    expect(refusal(dir)).toMatch(
      /another clustersim command \(sweep, not run\); choose another --out folder \(a new or empty one\), or add --force to replace it$/,
    );
    expect(checkOutputFolder(dir, { kind: 'run', force: true }).state).toBe('ours');
  });

  it("a folder whose manifest.json is not clustersim's", () => {
    const dir = fresh();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'my web app', icons: [] }));
    expect(inspectFolder(dir).state).toBe('foreign');
  });
});

describe('checkOutputFolder accepts', () => {
  it('a new folder, an empty one, and a clustersim folder of the same kind', () => {
    const dir = fresh();
    expect(checkOutputFolder(join(dir, 'new', 'deeper'), RUN).state).toBe('absent');
    mkdirSync(join(dir, 'empty'));
    expect(checkOutputFolder(join(dir, 'empty'), RUN).state).toBe('empty');
    mkdirSync(join(dir, 'run'));
    writeFileSync(join(dir, 'run', MARKER_FILE), markerText('run', ['summary.json', 'charts/a.vl.json']));
    writeFileSync(join(dir, 'run', 'summary.json'), '{}');
    mkdirSync(join(dir, 'run', 'charts'));
    writeFileSync(join(dir, 'run', 'charts', 'a.vl.json'), '{}');
    writeFileSync(join(dir, 'run', '.summary.json.tmp-0a1b2c'), 'left by a killed write');
    expect(checkOutputFolder(join(dir, 'run'), RUN)).toEqual({
      state: 'ours',
      kind: 'run',
      legacy: false,
      files: ['charts/a.vl.json', 'summary.json'],
      foreign: [],
    });
  });

  it('a run folder written before folders had a marker', () => {
    const dir = fresh();
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ tool: 'clustersim', scenarioHash: 'sha256:0', seed: '1' }),
    );
    writeFileSync(join(dir, 'summary.json'), '{}');
    mkdirSync(join(dir, 'charts'));
    writeFileSync(join(dir, 'charts', 'outcome-density.png'), 'png');
    expect(checkOutputFolder(dir, RUN)).toMatchObject({ state: 'ours', kind: 'run', legacy: true, foreign: [] });
  });
});

describe('isInside', () => {
  it('tells a folder and what lies in it from siblings that share a prefix', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c/d.yaml')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/b/..c')).toBe(true);
  });
});
