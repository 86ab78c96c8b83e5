// docs/ODD.md's generated blocks are current: every number the prose quotes about the model at the defaults, and the
// tables, as `npm run docs:params` computes them from the code. A failure names the block; the fix is to run
// `npm run docs:params` (and to review the prose around the block).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBlock } from '../../src/docs/markers.js';
import { oddSource } from '../../src/docs/odd-source.js';
import { generateBlocks, ODD_BLOCKS, updateOdd } from '../../src/docs/write-odd-table.js';

const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');
const REGENERATE = 'docs/ODD.md is out of date: run `npm run docs:params` to regenerate its blocks';
const blocks = generateBlocks();

describe('the generated blocks of docs/ODD.md', () => {
  it('are every marked block of the ODD, each marked once, in the order of the registry', () => {
    const marked = [...odd.matchAll(/<!-- ([\w-]+):start -->/g)].map((m) => m[1]);
    expect(marked).toEqual(Object.keys(ODD_BLOCKS));
  });

  it.each(Object.keys(ODD_BLOCKS))('%s is current (run `npm run docs:params`)', (name) => {
    expect(readBlock(odd, name), `${REGENERATE} ("${name}" differs)`).toBe(blocks[name]);
  });

  it('leave nothing for the writer to change', () => {
    expect(updateOdd(odd, blocks), REGENERATE).toBe(odd);
  });
});

describe('generateBlocks', () => {
  it('computes every block from the model without changing it or drawing from its generator', () => {
    const source = oddSource({ population: { regions: ['gangwon'], scale: 0.1 } });
    const { model } = source;
    let draws = 0;
    const rng = model.rng;
    model.rng = () => {
      draws++;
      return rng();
    };
    const before = {
      step: model.step,
      ties: model.ties.count,
      strength: Array.from(model.ties.strength.subarray(0, model.ties.size)),
      degree: Array.from(model.ties.degree),
      satisfaction: Array.from(model.agents.satisfaction),
      params: structuredClone(model.params),
    };
    const generated = generateBlocks(source);
    expect(Object.keys(generated)).toEqual(Object.keys(ODD_BLOCKS));
    expect({
      step: model.step,
      ties: model.ties.count,
      strength: Array.from(model.ties.strength.subarray(0, model.ties.size)),
      degree: Array.from(model.ties.degree),
      satisfaction: Array.from(model.agents.satisfaction),
      params: model.params,
    }).toEqual(before);
    expect(draws).toBe(0);
  });

  it('follows the scenario: the initial counts move with the model', () => {
    const a = generateBlocks(oddSource({ population: { regions: ['gangwon'], scale: 0.1 } }));
    const b = generateBlocks(
      oddSource({ population: { regions: ['gangwon'], scale: 0.1, initialFirmMemberShare: 0.5 } }),
    );
    expect(a['agent-counts']).toContain('- 12 member firms at step 0 (2 in each of the 6 MCs);');
    expect(b['agent-counts']).toContain('- 18 member firms at step 0 (3 in each of the 6 MCs);');
  });

  it('wraps the prose at 120 columns', () => {
    for (const [name, text] of Object.entries(blocks)) {
      const long = text.split('\n').filter((line) => line.length > 120 && !line.startsWith('|'));
      expect(long, name).toEqual([]);
    }
  });
});
