// Initialisation: the agents of every MC from the paper's counts, Table 5's reasons for staying out, and the 2004
// network of Table 3.
import { createRng, pickWeighted, poisson, randomInt, uniform, type Rng } from '../random/rng.js';
import {
  ACTIVITY_CHANNELS,
  REGION_SCOPED_PARAMS,
  scenarioSchema,
  type Params,
  type Scenario,
  type ScenarioInput,
} from '../scenario/schema.js';
import { PARKS, REGIONS, SECTORS, listMcs, splitEvenly, type McSpec } from './geography.js';
import { drawAgent, kindRange, type Range } from './pools.js';
import { addTie, createTies, fitTies } from './ties.js';
import { canTie } from './capacity.js';
import { createCandidates } from './candidates.js';
import {
  AGENCY,
  FACTOR_COUNT,
  FIRM,
  INSTITUTE,
  LARGE,
  MEDIUM,
  ORIGIN_INITIAL,
  PROFESSOR,
  SMALL,
  STAY_OUT_REASONS,
  type Agents,
  type Mcs,
  type Model,
  type Ranges,
  type StepCounts,
} from './types.js';

export interface CreateModelOptions {
  /** Overrides the scenario's seed. */
  seed?: number | string;
}

/**
 * Per-MC agent counts, in layout order: member firms, joining firms, non-joining firms, professors, institutes,
 * agencies.
 */
interface McCounts {
  memberFirms: number;
  joiningFirms: number;
  stayingOutFirms: number;
  professors: number;
  institutes: number;
  agencies: number;
}

function countsPerMc(p: Params, mcs: McSpec[]): McCounts[] {
  const share = (p.population.scale * mcs.length) / REGIONS.reduce((n, r) => n + r.mcs, 0);
  const split = (total: number) => splitEvenly(Math.round(total * share), mcs.length);
  const firms = split(p.population.firmMembers);
  const stayingOut = split(p.population.firmMembers * p.population.nonJoinerFirmRatio);
  const professors = split(p.population.professors);
  const institutes = split(p.population.institutes);
  const agencies = split(p.population.agencies);
  return mcs.map((_, c) => {
    const memberFirms = Math.round(firms[c] * p.population.initialFirmMemberShare);
    return {
      memberFirms,
      joiningFirms: firms[c] - memberFirms,
      stayingOutFirms: stayingOut[c],
      professors: professors[c],
      institutes: institutes[c],
      agencies: agencies[c],
    };
  });
}

/** Agent columns for n agents, all zero. */
export function emptyAgents(n: number): Agents {
  return {
    count: n,
    kind: new Uint8Array(n),
    mc: new Uint16Array(n),
    region: new Uint8Array(n),
    park: new Uint8Array(n),
    sector: new Uint8Array(n),
    size: new Uint8Array(n),
    lead: new Uint8Array(n),
    member: new Uint8Array(n),
    reason: new Uint8Array(n),
    capability: new Float64Array(n),
    satisfaction: new Float64Array(n),
    factors: new Float64Array(n * FACTOR_COUNT),
    recentIur: new Float64Array(n),
    recentEvents: new Float64Array(n),
    recentTies: new Float64Array(n),
    visited: new Uint8Array(n),
  };
}

/** MC columns for the given MCs: supported, no coordinator yet, no agents laid out. */
export function emptyMcs(specs: McSpec[]): Mcs {
  const n = specs.length;
  return {
    count: n,
    names: specs.map((s) => s.name),
    region: Uint8Array.from(specs.map((s) => s.region)),
    park: Uint8Array.from(specs.map((s) => s.park)),
    sector: Uint8Array.from(specs.map((s) => s.sector)),
    start: new Int32Array(n),
    end: new Int32Array(n),
    kindStart: new Int32Array(n * 5),
    supported: new Uint8Array(n).fill(1),
    coordinator: new Int32Array(n).fill(-1),
    budget: new Float64Array(n),
    activity: new Float64Array(n),
    feeShare: new Float64Array(n),
    eventsThisStep: new Int32Array(n),
    tasksSolvedThisYear: new Float64Array(n),
    scoped: Object.fromEntries(
      REGION_SCOPED_PARAMS.map((path) => [path, new Float64Array(n).fill(NaN)]),
    ) as Mcs['scoped'],
    dissolved: new Uint8Array(n),
    idleMonths: new Int32Array(n),
    feeSeen: new Float64Array(n),
    mixEffects: new Float64Array(n * ACTIVITY_CHANNELS.length).fill(1),
    subGroups: [],
  };
}

export function emptyCounts(): StepCounts {
  return {
    events: 0,
    attendances: 0,
    meetings: 0,
    candidates: 0,
    tiesFormed: 0,
    tiesDropped: 0,
    tasksFound: 0,
    tasksSolved: [0, 0, 0, 0, 0],
    tasksSolvedByAgency: 0,
    tasksFailed: 0,
    joined: 0,
    left: 0,
    supportEnded: 0,
    subsidyPaid: 0,
    feesPaid: 0,
    feeRefusals: 0,
    mcsDissolved: 0,
    subMcEvents: 0,
  };
}

function drawFirmSize(p: Params, rng: Rng): number {
  const u = rng();
  if (u < p.population.largeFirmShare) return LARGE;
  if (u < p.population.largeFirmShare + p.population.mediumFirmShare) return MEDIUM;
  return SMALL;
}

/** Lays out every agent of every MC and sets its attributes, in agent id order. */
function placeAgents(p: Params, rng: Rng, specs: McSpec[], counts: McCounts[], agents: Agents, mcs: Mcs): void {
  const reasonWeights = Float64Array.from(
    STAY_OUT_REASONS.slice(1),
    (r) => p.membership.reasons[r as keyof Params['membership']['reasons']],
  );
  let id = 0;
  // Plain loops rather than callbacks: a callback made afresh for each model is compiled afresh for each model.
  for (let c = 0; c < specs.length; c++) {
    const spec = specs[c];
    const n = counts[c];
    mcs.start[c] = id;
    mcs.kindStart[c * 5 + FIRM] = id;
    const blocks: [kind: number, count: number, member: boolean, stayingOut: boolean][] = [
      [FIRM, n.memberFirms, true, false],
      [FIRM, n.joiningFirms, false, false],
      [FIRM, n.stayingOutFirms, false, true],
      [PROFESSOR, n.professors, true, false],
      [INSTITUTE, n.institutes, true, false],
      [AGENCY, n.agencies, true, false],
    ];
    for (const [kind, count, member, stayingOut] of blocks) {
      if (kind !== FIRM) mcs.kindStart[c * 5 + kind] = id;
      for (let k = 0; k < count; k++, id++) {
        agents.kind[id] = kind;
        agents.mc[id] = c;
        agents.region[id] = spec.region;
        agents.park[id] = spec.park;
        agents.sector[id] = spec.sector;
        agents.member[id] = member ? 1 : 0;
        agents.capability[id] = uniform(rng, p.population.capabilityMin, 1);
        agents.satisfaction[id] = p.satisfaction.initial;
        if (kind === FIRM) {
          agents.size[id] = drawFirmSize(p, rng);
          agents.lead[id] = agents.size[id] === LARGE ? 1 : 0;
          if (stayingOut) agents.reason[id] = 1 + pickWeighted(rng, reasonWeights);
          if (STAY_OUT_REASONS[agents.reason[id]] === 'notStrategic') {
            agents.sector[id] = (spec.sector + 1 + randomInt(rng, SECTORS.length - 1)) % SECTORS.length;
          }
        }
        if (kind === AGENCY && mcs.coordinator[c] < 0) mcs.coordinator[c] = id;
      }
    }
    mcs.kindStart[c * 5 + 4] = id;
    mcs.end[c] = id;
  }
}

/** Agent id ranges of every park and region (agents are laid out MC by MC). */
export function computeRanges(agents: Agents): Ranges {
  const ranges: Ranges = {
    parkStart: new Int32Array(PARKS.length),
    parkEnd: new Int32Array(PARKS.length),
    regionStart: new Int32Array(REGIONS.length),
    regionEnd: new Int32Array(REGIONS.length),
  };
  for (let i = agents.count - 1; i >= 0; i--) {
    ranges.parkStart[agents.park[i]] = i;
    ranges.regionStart[agents.region[i]] = i;
  }
  for (let i = 0; i < agents.count; i++) {
    ranges.parkEnd[agents.park[i]] = i + 1;
    ranges.regionEnd[agents.region[i]] = i + 1;
  }
  return ranges;
}

/** The MCs of each region, by region index. */
function mcsByRegion(mcs: Mcs): number[][] {
  return REGIONS.map((_, r) => [...mcs.region.keys()].filter((c) => mcs.region[c] === r));
}

/**
 * Where member i looks for a partner of kinds first..last: its own MC with localShare, else a random MC of its region.
 */
function partnerRange(model: Model, inRegion: number[][], i: number, first: number, last: number): Range {
  const { rng, agents } = model;
  if (rng() < model.params.initialNetwork.localShare) return kindRange(model, agents.mc[i], first, last);
  const mcs = inRegion[agents.region[i]];
  return kindRange(model, mcs[randomInt(rng, mcs.length)], first, last);
}

/**
 * Ties member i to a Poisson(mean) number of partners of kinds first..last (draws that fail or cannot be tied are
 * skipped).
 */
function linkPartners(model: Model, inRegion: number[][], i: number, first: number, last: number, mean: number): void {
  const { rng, ties } = model;
  const net = model.params.initialNetwork;
  const n = poisson(rng, mean);
  for (let k = 0; k < n; k++) {
    const j = drawAgent(rng, partnerRange(model, inRegion, i, first, last), i, SEED_MAX_TRIES);
    if (j < 0 || !canTie(model, i, j)) continue;
    addTie(ties, i, j, {
      trust: uniform(rng, net.trustMin, net.trustMax),
      strength: uniform(rng, net.strengthMin, net.strengthMax),
      step: 0,
      origin: ORIGIN_INITIAL,
    });
  }
}

/** Draws a seed-network partner up to this many times. */
const SEED_MAX_TRIES = 30;

/** Each agent's block of partners while the network of step 0 is seeded (blocks grow by doubling; fitTies then sizes). */
const INITIAL_ROOM = 16;

/**
 * The pre-programme network of December 2004 (Table 3's baseline): every park firm, member at the launch or not, draws
 * Poisson numbers of expert, firm and agency partners among all park agents, local or regional; experts draw expert
 * partners. Module-level functions rather than closures over the model, so that their compiled code serves every model
 * of a run.
 */
function seedNetwork(model: Model): void {
  const { agents } = model;
  const net = model.params.initialNetwork;
  const inRegion = mcsByRegion(model.mcs);
  for (let i = 0; i < agents.count; i++) {
    if (agents.kind[i] === FIRM) {
      linkPartners(model, inRegion, i, PROFESSOR, INSTITUTE, net.iurTiesPerFirm);
      linkPartners(model, inRegion, i, FIRM, FIRM, net.firmTiesPerFirm / 2);
      linkPartners(model, inRegion, i, AGENCY, AGENCY, net.agencyTiesPerFirm);
    } else if (agents.kind[i] === PROFESSOR || agents.kind[i] === INSTITUTE) {
      linkPartners(model, inRegion, i, PROFESSOR, INSTITUTE, net.expertTiesPerExpert / 2);
    }
  }
}

/** Resolves a scenario (or partial input) and builds the model at step 0. */
export function createModel(scenario: Scenario | ScenarioInput = {}, options: CreateModelOptions = {}): Model {
  const resolved = scenarioSchema.parse(scenario);
  const { policies, name: _name, description: _description, $schema: _schema, ...params } = structuredClone(resolved);
  const seed = String(options.seed ?? params.seed);
  const rng = createRng(seed);
  const specs = listMcs(params.population.regions);
  const counts = countsPerMc(params, specs);
  const total = counts.reduce(
    (n, c) => n + c.memberFirms + c.joiningFirms + c.stayingOutFirms + c.professors + c.institutes + c.agencies,
    0,
  );
  const agents = emptyAgents(total);
  const mcs = emptyMcs(specs);
  placeAgents(params, rng, specs, counts, agents, mcs);
  mcs.feeSeen.fill(params.budget.feePerFirmMonth); // the fee of step 0 is the one members joined under
  const model: Model = {
    params,
    policies,
    policyState: policies.map(() => ({ started: false, from: {} })),
    rng,
    seed,
    step: 0,
    agents,
    // Sized small, grown while the network of step 0 is seeded, then fitted to the degrees that occur (model/ties.ts).
    ties: createTies(total, Math.max(1024, total * 2), INITIAL_ROOM),
    mcs,
    ranges: computeRanges(agents),
    events: [],
    // Sized for a step's usual load from the start: growing them mid-run would throw away the compiled phases that use
    // them.
    candidates: createCandidates(Math.max(1024, total * 2)),
    scratch: new Float64Array(Math.max(64, total * 4)),
    sortedTies: { ends: new Int32Array(0), trust: new Float64Array(0) },
    counts: emptyCounts(),
  };
  seedNetwork(model);
  fitTies(model.ties);
  return model;
}
