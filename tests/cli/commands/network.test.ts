// `clustersim network FILE` as a user meets it, in this process through main(), and for the exit codes and the absence
// of a stack trace through bin/clustersim.js (dist/ is built by tests/global-setup.ts): bad input first (no file, a file that is not GEXF or GraphML, malformed XML, a bad option, an output folder holding the
// input), each exiting with 2, one line on stderr and no output folder; then the analysis of a run's network: the same
// files from its GEXF, its GraphML and `run --brokerage`, the same bytes twice, and a stated sample.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../../helpers/cli.js';
import { tempFolder } from '../../helpers/temp.js';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'clustersim.js');
let dir: string;

beforeAll(() => {
  dir = tempFolder('clustersim-cli-network-');
});

/** Runs the command in a process, in the temporary folder. */
function clustersimProcess(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command in this process, in the temporary folder. */
async function clustersim(...args: string[]) {
  const result = await runMain(args, { cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ANALYSIS = ['centrality.csv', 'brokerage.csv', 'brokerage.json'];
const read = (folder: string, name: string) => readFileSync(join(folder, name), 'utf8');

describe('clustersim network on bad input', () => {
  it('exits with 2 for a missing file, naming it, and writes nothing', async () => {
    const { code, stdout, stderr } = clustersimProcess('network', 'nowhere.gexf');
    expect(code).toBe(2);
    expect(stderr).toBe('clustersim network: nowhere.gexf: no such file\n');
    expect(stdout).toBe('');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits with 2 for a file that is not GEXF or GraphML, without echoing it', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'private notes\n');
    const text = await clustersim('network', 'notes.txt');
    expect(text.code).toBe(2);
    expect(text.stderr).toBe(
      'clustersim network: notes.txt: expected a network file ending in .gexf or .graphml (or .xml)\n',
    );
    writeFileSync(join(dir, 'notes.gexf'), 'private notes\n');
    const words = await clustersim('network', 'notes.gexf');
    expect(words.code).toBe(2);
    expect(words.stderr).toBe('clustersim network: notes.gexf: not an XML document; expected a GEXF or GraphML file\n');
    writeFileSync(join(dir, 'page.xml'), '<html><body>private</body></html>');
    const page = await clustersim('network', 'page.xml');
    expect(page.code).toBe(2);
    expect(page.stderr).toContain('not GEXF or GraphML');
    expect(`${text.stderr}${words.stderr}${page.stderr}`).not.toContain('private');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits with 2 for malformed XML, saying where, without a stack trace', async () => {
    writeFileSync(join(dir, 'cut.graphml'), '<graphml>\n  <graph edgedefault="undirected">\n    <node id="1"/>\n');
    const { code, stderr } = clustersimProcess('network', 'cut.graphml');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'clustersim network: cut.graphml: malformed XML (line 4, column 1); expected a GEXF or GraphML file\n',
    );
    expect(stderr).not.toContain('    at ');
  });

  it('exits with 2 for a bad --betweenness-sources and for no file at all', async () => {
    writeFileSync(join(dir, 'one.gexf'), '<gexf><graph><nodes><node id="a"/></nodes></graph></gexf>');
    for (const value of ['0', '1.5']) {
      const { code, stderr } = await clustersim('network', 'one.gexf', '--betweenness-sources', value);
      expect(code).toBe(2);
      expect(stderr).toBe(`--betweenness-sources: expected an integer >= 1, got ${value}\n`);
    }
    expect((await clustersim('network')).code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('clustersim network', () => {
  let runDir: string;

  beforeAll(async () => {
    runDir = join(dir, 'run');
    const ran = await clustersim(
      'run',
      '--steps',
      '6',
      '--set',
      'population.scale=0.1',
      '--brokerage',
      '--out',
      runDir,
    );
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
  });

  it('refuses to write into the folder that holds its input', async () => {
    const { code, stderr } = await clustersim('network', join(runDir, 'network.gexf'), '--out', runDir);
    expect(code).toBe(2);
    expect(stderr).toContain('an input of this command');
  });

  it("writes from the run's GEXF and GraphML the files run --brokerage wrote, byte for byte", async () => {
    const fromGexf = await clustersim('network', join(runDir, 'network.gexf'));
    expect(fromGexf.stderr).toBe('');
    expect(fromGexf.code).toBe(0);
    const gexfOut = join(dir, 'out', 'network-run-network');
    expect(fromGexf.stdout).toContain(`clustersim: analysed ${join(runDir, 'network.gexf')} (GEXF, `);
    expect(fromGexf.stdout).toContain('betweenness exact (every member a source)');
    expect(fromGexf.stdout).toContain(`wrote out/network-run-network/ (${ANALYSIS.join(', ')})`);
    expect(readdirSync(gexfOut).sort()).toEqual(['.clustersim.json', ...ANALYSIS].sort());
    const graphmlOut = join(dir, 'from-graphml');
    const fromGraphml = await clustersim('network', join(runDir, 'network.graphml'), '--out', graphmlOut);
    expect(fromGraphml.code).toBe(0);
    expect(fromGraphml.stdout).toContain('(GraphML, ');
    for (const name of ANALYSIS) {
      expect(read(gexfOut, name), name).toBe(read(runDir, name));
      expect(read(graphmlOut, name), name).toBe(read(runDir, name));
    }
  });

  it('writes the same bytes again, and states a sample of sources with its seed', async () => {
    const out = join(dir, 'sampled');
    const args = ['network', join(runDir, 'network.gexf'), '--out', out, '--betweenness-sources', '10', '--seed', '3'];
    const first = await clustersim(...args);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/betweenness from 10 of [\d,]+ members as sources \(seed 3\/betweenness\)/);
    const files = ANALYSIS.map((name) => read(out, name));
    expect(JSON.parse(files[2]).betweenness).toEqual({ exact: false, sources: 10, seed: '3/betweenness' });
    expect((await clustersim(...args)).code).toBe(0);
    expect(ANALYSIS.map((name) => read(out, name))).toEqual(files);
    expect(read(out, 'centrality.csv')).not.toBe(read(runDir, 'centrality.csv'));
  });

  it('reads a GEXF another tool wrote, saying which attributes its members lack', async () => {
    const gexf =
      '<?xml version="1.0" encoding="utf-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n' +
      '<graph defaultedgetype="undirected"><attributes class="node"><attribute id="0" title="mc" type="string"/></attributes>\n' +
      '<nodes><node id="a" label="A"><attvalues><attvalue for="0" value="x"/></attvalues></node>' +
      '<node id="b"><attvalues><attvalue for="0" value="x"/></attvalues></node>' +
      '<node id="c"><attvalues><attvalue for="0" value="y"/></attvalues></node></nodes>\n' +
      '<edges><edge source="a" target="b"/><edge source="b" target="c"/></edges></graph></gexf>\n';
    writeFileSync(join(dir, 'foreign.gexf'), gexf);
    const out = join(dir, 'foreign');
    const { code, stdout } = await clustersim('network', 'foreign.gexf', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('(GEXF, 3 members, 2 ties)');
    expect(stdout).toContain('3 members without a kind attribute, taken as one kind without a name');
    expect(stdout).not.toContain('without a mc attribute');
    expect(stdout).toContain('share of betweenness: (no kind) 1.00');
    const rows = read(out, 'centrality.csv').trim().split('\n');
    expect(rows[2].split(',').slice(0, 12)).toEqual(['b', '', 'x', '', 'false', '', '2', '1', '0', '1', '1', '0']);
  });
});
