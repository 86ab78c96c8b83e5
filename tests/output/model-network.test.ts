// The member network written from the model's columns: byte for byte the text of the generic writers on networkView,
// on a network with nothing in it first, then with markup in names, whole and fractional numbers, numbers GraphML cannot
// hold as int, NaN, members with and without a community, and a seeded run.
import { describe, expect, it } from 'vitest';
import { memberCommunities } from '../../src/metrics/communities.js';
import { createModel } from '../../src/model/create-model.js';
import { networkView, type NetworkSource } from '../../src/model/to-graph.js';
import { run } from '../../src/engine/run.js';
import { toGexf } from '../../src/output/gexf.js';
import { toGraphml } from '../../src/output/graphml.js';
import { memberGexfStream, memberGraphmlStream } from '../../src/output/model-network.js';
import { streamedText } from '../../src/output/text-chunks.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { eightAgents } from '../helpers/networks.js';

/** Both files from the columns and from the view must be the same text; returns the GEXF for further checks. */
function expectSameText(source: NetworkSource, community?: Int32Array): string {
  const view = networkView(source, { community });
  const gexf = streamedText(memberGexfStream(source, community));
  expect(gexf).toBe(toGexf(view));
  expect(streamedText(memberGraphmlStream(source, community))).toBe(toGraphml(view));
  return gexf;
}

describe('memberGexfStream and memberGraphmlStream', () => {
  it('write a network without members or ties as the generic writers do: no attributes declared', () => {
    const model = eightAgents();
    model.agents.member.fill(0);
    const gexf = expectSameText(model);
    expect(gexf).toContain('<attributes class="node">\n\n    </attributes>');
    expect(gexf).not.toContain('<node ');
  });

  it('write members without ties, and ties without a community for anyone', () => {
    const model = eightAgents();
    model.ties.alive.fill(0);
    expect(expectSameText(model)).not.toContain('<edge ');
    expectSameText(eightAgents(), new Int32Array(8).fill(-1));
  });

  it('escape markup in MC names, and type numbers as the generic writers infer them', () => {
    const model = eightAgents();
    model.mcs.names = [`R&D <"'> park`, 'second', 'third'];
    model.agents.capability.fill(2);
    model.agents.satisfaction[1] = Number.NaN;
    model.ties.strength[0] = 3e9;
    model.ties.trust.fill(1);
    const community = Int32Array.from([0, 0, -1, 1, -1, 1, 2, -1]);
    const gexf = expectSameText(model, community);
    expect(gexf).toContain('value="R&amp;D &lt;&quot;&apos;&gt; park"');
    expect(gexf).toContain('title="capability" type="integer"');
    expect(gexf).toContain('title="satisfaction" type="double"');
    expect(gexf).toContain('title="trust" type="integer"');
    expect(streamedText(memberGraphmlStream(model, community))).toContain('<data key="n12">NaN</data>');
    expect(streamedText(memberGraphmlStream(model, community))).toContain('attr.name="weight" attr.type="double"');
  });

  it('write the network of a seeded run, every member in its Louvain community', () => {
    const scenario = scenarioSchema.parse({ name: 'columns', seed: 3, steps: 4, population: { scale: 0.1 } });
    const { model } = run(createModel(scenario));
    const community = memberCommunities(model, model.seed);
    const gexf = expectSameText(model, community);
    expect(gexf.match(/<edge /g)?.length).toBeGreaterThan(50);
    expect(gexf).toContain('title="community" type="integer"');
  });
});
