// The ODD's numbers about initialisation (sections 5.2-5.4), read from the model createModel builds: the agents of each
// kind and block per MC, the coordinators (also at population.scale 0.1), Table 5's reasons and the large firms as
// drawn, and the step-0 network as the recorder measures it.
import { createModel } from '../model/create-model.js';
import { AGENCY, FIRM, INSTITUTE, LARGE, PROFESSOR, STAY_OUT_REASONS, type Model } from '../model/types.js';
import { record } from '../metrics/recorder.js';
import { count, fixed, listing, percent, perMc } from './format.js';
import { withPopulation, type OddSource } from './odd-source.js';

/** The blocks of agents of section 5.2, in layout order, each counted per MC. */
const BLOCKS: readonly { label: string; test: (m: Model, i: number) => boolean }[] = [
  { label: 'member firms at step 0', test: (m, i) => m.agents.kind[i] === FIRM && m.agents.member[i] === 1 },
  {
    label: 'firms that join later',
    test: (m, i) => m.agents.kind[i] === FIRM && m.agents.member[i] === 0 && m.agents.reason[i] === 0,
  },
  { label: 'firms that stay out', test: (m, i) => m.agents.kind[i] === FIRM && m.agents.reason[i] !== 0 },
  { label: 'professors', test: (m, i) => m.agents.kind[i] === PROFESSOR },
  { label: 'institute staff', test: (m, i) => m.agents.kind[i] === INSTITUTE },
  { label: 'agency staff', test: (m, i) => m.agents.kind[i] === AGENCY },
];

/** How many agents of each MC pass the test, in MC order. */
function countPerMc(model: Model, test: (m: Model, i: number) => boolean): number[] {
  const { mcs } = model;
  return Array.from({ length: mcs.count }, (_, c) => {
    let n = 0;
    for (let i = mcs.start[c]; i < mcs.end[c]; i++) if (test(model, i)) n++;
    return n;
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** MCs without a coordinator (no agency agent). */
function withoutCoordinator(model: Model): number {
  return Array.from(model.mcs.coordinator).filter((c) => c < 0).length;
}

/** "18 of the 81 MCs have no agency agent and so no coordinator." */
function noCoordinator(model: Model): string {
  const missing = withoutCoordinator(model);
  const verb = missing === 1 ? 'has' : 'have';
  return `${count(missing)} of the ${count(model.mcs.count)} MCs ${verb} no agency agent and so no coordinator.`;
}

function membersAtStep0(model: Model): number {
  return Array.from(model.agents.member).filter((m) => m === 1).length;
}

/** The coordinators of the model at population.scale 0.1 (the classroom size), as a sentence. */
function coordinatorsAtTenth(source: OddSource): string {
  const small = createModel(withPopulation(source.scenario, { scale: 0.1 }));
  const lead = `At \`population.scale\` = 0.1 there are ${count(small.agents.count)} agents`;
  return withoutCoordinator(small) === 0
    ? `${lead}, and every MC still has a coordinator.`
    : `${lead}, and ${noCoordinator(small)}`;
}

/** Section 5.2: agents by block at step 0, split per MC; members; coordinators, also at population.scale 0.1. */
export function agentCountsText(source: OddSource): string {
  const { model } = source;
  const lines = [
    `With the defaults there are ${count(model.agents.count)} agents in ${count(model.mcs.count)} MCs:`,
    '',
  ];
  BLOCKS.forEach(({ label, test }, k) => {
    const values = countPerMc(model, test);
    const end = k === BLOCKS.length - 1 ? '.' : ';';
    lines.push(`- ${count(sum(values))} ${label} (${perMc(values)})${end}`);
  });
  const agencies = countPerMc(model, BLOCKS[BLOCKS.length - 1].test);
  const coordinators =
    withoutCoordinator(model) === 0
      ? `Every MC has at least ${count(Math.min(...agencies))} agency agents and therefore a coordinator.`
      : noCoordinator(model);
  lines.push(
    '',
    `So ${count(membersAtStep0(model))} agents are members at step 0. ${coordinators} ${coordinatorsAtTenth(source)}`,
  );
  return lines.join('\n');
}

/** Section 5.3: Table 5's reasons as drawn for the firms that stay out, and the large firms. */
export function attributesText(source: OddSource): string {
  const { agents } = source.model;
  const reasons = new Array<number>(STAY_OUT_REASONS.length).fill(0);
  let firms = 0;
  let large = 0;
  for (let i = 0; i < agents.count; i++) {
    if (agents.kind[i] !== FIRM) continue;
    firms++;
    reasons[agents.reason[i]]++;
    if (agents.size[i] === LARGE) large++;
  }
  const stayingOut = sum(reasons.slice(1));
  const drawn = listing(STAY_OUT_REASONS.slice(1).map((name, k) => `${count(reasons[k + 1])} ${name}`));
  return (
    `With the defaults the reasons of the ${count(stayingOut)} firms that stay out come out as ${drawn}. ` +
    `${count(large)} of the ${count(firms)} firms (${percent(firms ? large / firms : 0, 1)}) are large.`
  );
}

/** Section 5.4: the step-0 network, counted over all ties and measured as the step-0 row of timeseries.csv. */
export function initialNetworkText(source: OddSource): string {
  const { model } = source;
  const row = record(model, false);
  const all = model.ties.count;
  if (all === 0) return 'With the defaults the step-0 network has no ties.';
  const memberTies = row.ties as number;
  const between =
    memberTies === all
      ? 'all of them between two members'
      : `${count(memberTies)} of them between two members (the member network) and ${count(all - memberTies)} with a ` +
        'non-member end';
  const share = (x: number, what: string) => (x === 0 ? `none ${what}` : `${percent(x)} ${what}`);
  const iur = fixed(row.iurTiesPerFirm as number, 2);
  const firm = fixed(row.firmTiesPerFirm as number, 2);
  const acrossMcs = share(row.crossMcTieShare as number, 'of the ties across MCs');
  const acrossRegions = share(row.crossRegionTieShare as number, 'across regions');
  return (
    `With the defaults the step-0 network has ${count(all)} ties, ${between}. Measured as the step-0 row of ` +
    `\`timeseries.csv\` (the member network): ${iur} IUR ties and ${firm} firm-firm ties per member firm, ` +
    `${acrossMcs} and ${acrossRegions}.`
  );
}
