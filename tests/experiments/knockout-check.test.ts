// check --knockouts: a tiny scenario against a tiny targets file, the intact model and a few knock-outs (one that acts,
// one that fixes a failing target, one with nothing to switch off, one no parameter can do, one already off), the
// table as text and Markdown, and the tidy files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPosterior } from '../../src/ensemble/posterior.js';
import {
  formatKnockoutTable,
  knockoutFiles,
  knockoutMarkdown,
  knockoutSummary,
  runKnockouts,
} from '../../src/experiments/knockout-check.js';
import { checkRow } from '../../src/experiments/check.js';
import { KNOCKOUTS, type Knockout } from '../../src/experiments/knockouts.js';
import { validateTargets } from '../../src/experiments/targets/load.js';
import { resolveTargets, type ResolvedTarget } from '../../src/experiments/targets/resolve.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { tempFolder } from '../helpers/temp.js';

const scenario = scenarioSchema.parse({ name: 'tiny', steps: 24, seed: 5, population: { scale: 0.1 } });
const target = (id: string, role: string, observed: number, relative: number, simulated: object) => ({
  id,
  role,
  why: 'w',
  description: 'd',
  source: 's',
  observed,
  tolerance: { relative },
  simulated,
});
const targets = resolveTargets(
  validateTargets({
    name: 'mini',
    source: 's',
    targets: [
      target('ties', 'fitted', 400, 0.1, { at: 'ties', step: 12 }),
      target('ties-high', 'heldout', 518, 0.05, { at: 'ties', step: 12 }),
      target('events', 'heldout', 5200, 0.1, { sum: 'events', from: 1, to: 12 }),
      target('professors', 'input', 779, 0.1, { at: 'membersProfessor', step: 12 }),
    ],
  }),
  2005,
);
const pick = (id: string) => KNOCKOUTS.find((k) => k.id === id)!;
const knockouts: Knockout[] = [
  pick('meetings'),
  pick('tie-decay'),
  pick('guests'),
  { id: 'fixed', label: 'capability in success', cannot: 'the 0.6 + 0.4 capability split is fixed in code' },
  { id: 'already', label: 'closed events', set: { 'levers.openEventShare': 0 } },
];

describe('knockoutSummary', () => {
  const t = (id: string, role: 'fitted' | 'heldout' | 'input'): ResolvedTarget => ({
    id,
    role,
    description: 'd',
    source: 's',
    observed: 10,
    tolerance: 1,
    toleranceText: '1',
    weight: 1,
    spec: { kind: 'at', column: 'members', step: 0 },
  });

  it('lists failing tests by role, ignores inputs, and finds the largest move in tolerances', () => {
    const intact = [
      checkRow(t('a', 'fitted'), [10]),
      checkRow(t('b', 'heldout'), [12]),
      checkRow(t('c', 'input'), [99]),
    ];
    const out = [
      checkRow(t('a', 'fitted'), [12.5]),
      checkRow(t('b', 'heldout'), [10.5]),
      checkRow(t('c', 'input'), [0]),
    ];
    expect(knockoutSummary(out, intact)).toEqual({
      fitted: { total: 1, failing: ['a'] },
      heldout: { total: 1, failing: [] },
      newlyPassing: ['b'],
      largestMove: { target: 'a', tolerances: 2.5 },
    });
    expect(knockoutSummary(intact, intact)).toEqual({
      fitted: { total: 1, failing: [] },
      heldout: { total: 1, failing: ['b'] },
      newlyPassing: [],
    });
  });
});

describe('runKnockouts', () => {
  it('runs the intact model and each knock-out on the same seeds, and says which targets fail', async () => {
    const result = await runKnockouts(scenario, targets, { runs: 2, workers: 1, knockouts });
    expect(result.intact.seeds).toEqual(['5/run/0', '5/run/1']);
    expect(result.intact.rows.map((r) => r.mean)).toEqual([394, 394, 5241.5, 78]);
    expect(result.variants.map((v) => [v.knockout.id, v.status, v.identical])).toEqual([
      ['meetings', 'ran', false],
      ['tie-decay', 'ran', false],
      ['guests', 'ran', true],
      ['fixed', 'skipped', undefined],
      ['already', 'unchanged', undefined],
    ]);
    expect(result.variants.map((v) => v.result?.rows.map((r) => r.mean))).toEqual([
      [376.5, 376.5, 5251.5, 78],
      [549, 549, 5216.5, 78],
      [394, 394, 5241.5, 78],
      undefined,
      undefined,
    ]);
    expect(result.variants.every((v) => v.result === undefined || v.result.seeds.join() === '5/run/0,5/run/1')).toBe(
      true,
    );

    expect(formatKnockoutTable(result)).toBe(
      [
        'knock-outs of tiny against mini: each mechanism switched off in turn, 2 runs per variant on the same seeds; a fitted or held-out target fails when the mean of the runs lies outside its tolerance',
        'knock-out                          switched off by                                                     fitted failing  held out failing   passing, failed intact  largest move (tolerances)',
        '---------------------------------  ------------------------------------------------------------------  --------------  -----------------  ----------------------  -------------------------',
        'intact model                                                                                           0 of 1          1 of 2: ties-high',
        'meetings at events                 events.meetingsPerAttendee=0                                        0 of 1          1 of 2: ties-high  none                    ties-high -0.68',
        'tie decay                          decay.ratePerMonth=0 decay.crossMcRatePerMonth=0 decay.dropBelow=0  1 of 1: ties    1 of 2: ties-high  none                    ties-high +5.98',
        'guests at events (identical runs)  levers.guestsPerOpenEvent=0                                         0 of 1          1 of 2: ties-high  none                    none',
        'capability in success              no parameter                                                        skipped         skipped',
        'closed events                      levers.openEventShare=0                                             as intact       as intact',
        `  - meetings at events: ${pick('meetings').note}`,
        '  - guests at events: every run measured every target as intact: the mechanism does nothing in this scenario',
        `  - guests at events: ${pick('guests').note}`,
        '  - capability in success: skipped, no parameter switches it off: the 0.6 + 0.4 capability split is fixed in code',
        '  - closed events: not run, the scenario already has these values',
        '',
      ].join('\n'),
    );

    const md = knockoutMarkdown(result).split('\n');
    expect(md[2]).toBe(
      '| knock-out | switched off by | fitted failing | held out failing | passing, failed intact | largest move (tolerances) |',
    );
    expect(md[3]).toBe('| --- | --- | --- | --- | --- | --- |');
    expect(md[6]).toBe(
      '| tie decay | `decay.ratePerMonth=0 decay.crossMcRatePerMonth=0 decay.dropBelow=0` | 1 of 1: ties | 1 of 2: ties-high | none | ties-high +5.98 |',
    );
    expect(md.at(-2)).toBe('- closed events: not run, the scenario already has these values');

    const files = knockoutFiles(result);
    expect(Object.keys(files)).toEqual(['knockouts.csv', 'knockouts.json', 'knockouts.md']);
    const csv = files['knockouts.csv'].trimEnd().split('\n');
    expect(csv[0]).toBe('mechanism,target,role,mean,observed,tolerance,pass');
    expect(csv).toHaveLength(1 + 4 * 4);
    expect(csv).toContain('tie-decay,ties-high,heldout,549,518,25.900000000000002,false');
    expect(csv).toContain('intact,professors,input,78,779,77.9,false');
    const json = JSON.parse(files['knockouts.json']);
    expect(json.mechanisms.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([
      ['meetings', 'ran'],
      ['tie-decay', 'ran'],
      ['guests', 'ran'],
      ['fixed', 'skipped'],
      ['already', 'unchanged'],
    ]);
    expect(json.mechanisms[1].set).toEqual({
      'decay.ratePerMonth': 0,
      'decay.crossMcRatePerMonth': 0,
      'decay.dropBelow': 0,
    });
    expect(json.mechanisms[3].cannot).toBe('the 0.6 + 0.4 capability split is fixed in code');
  });

  it("with a posterior, applies each knock-out on top of the run's draw: a knock-out of a drawn path still acts", async () => {
    const file = join(tempFolder('clustersim-knockout-posterior-'), 'accepted.csv');
    writeFileSync(file, 'decay.ratePerMonth\n0.01\n0.09\n');
    const result = await runKnockouts(scenario, targets, {
      runs: 2,
      workers: 1,
      knockouts: [pick('tie-decay')],
      posterior: loadPosterior(file),
    });
    expect(result.intact.posterior?.perRun).toHaveLength(2);
    expect(result.intact.rows.map((r) => r.mean)).not.toEqual([394, 394, 5241.5, 78]);
    // Decay switched off sets decay.ratePerMonth to 0 over the draw: the runs are those without a posterior.
    expect(result.variants[0].result?.rows.map((r) => r.mean)).toEqual([549, 549, 5216.5, 78]);
    expect(result.variants[0].result?.posterior).toEqual(result.intact.posterior);
  });
});
