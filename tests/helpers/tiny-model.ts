// Builders of tiny hand-made models for exact tests: a few agents in one or two MCs, ties added by hand, parameters
// from the scenario schema with overrides, and a scripted generator whose draws the test lists one by one.
import { withTestParams } from './test-params.js';
import { createCandidates } from '../../src/model/candidates.js';
import { computeRanges, createModel, emptyAgents, emptyCounts, emptyMcs } from '../../src/model/create-model.js';
import { addTie, createTies } from '../../src/model/ties.js';
import { AGENCY, ORIGIN_INITIAL, SMALL, type Candidates, type Model } from '../../src/model/types.js';
import { PARKS, REGIONS } from '../../src/model/geography.js';
import { createRng } from '../../src/random/rng.js';
import { scenarioSchema, type ScenarioInput } from '../../src/scenario/schema.js';

/** A generator that returns the listed numbers in order and throws when the test did not script enough of them. */
export interface ScriptedRng {
  (): number;
  /** Draws taken so far. */
  readonly used: number;
  /** Draws still scripted. */
  readonly left: number;
}

export function scriptedRng(draws: readonly number[]): ScriptedRng {
  let next = 0;
  const rng = () => {
    if (next >= draws.length) throw new Error(`scriptedRng: draw ${next + 1} requested, only ${draws.length} scripted`);
    return draws[next++];
  };
  Object.defineProperty(rng, 'used', { get: () => next });
  Object.defineProperty(rng, 'left', { get: () => draws.length - next });
  return rng as ScriptedRng;
}

/** A seeded generator (createRng) that counts its draws like a scripted one, for tests that need many draws. */
export function countingRng(seed: number | string): ScriptedRng {
  const source = createRng(seed);
  let next = 0;
  const rng = () => {
    next++;
    return source();
  };
  Object.defineProperty(rng, 'used', { get: () => next });
  Object.defineProperty(rng, 'left', { get: () => Infinity });
  return rng as ScriptedRng;
}

export interface TinyAgent {
  /** FIRM, PROFESSOR, INSTITUTE or AGENCY. */
  kind: number;
  /** Index of the agent's MC (default 0); agents must be listed by MC, then by kind. */
  mc?: number;
  member?: boolean;
  size?: number;
  lead?: boolean;
  /** Index into STAY_OUT_REASONS (default 0, none). */
  reason?: number;
  capability?: number;
  /** Default: satisfaction.initial. */
  satisfaction?: number;
  /** Default: the MC's sector. */
  sector?: number;
}

export interface TinyMc {
  /** Index into REGIONS (default 0). */
  region?: number;
  /** Index into PARKS (default: the region's first park). */
  park?: number;
  sector?: number;
}

export interface TinyTie {
  a: number;
  b: number;
  trust?: number;
  strength?: number;
  /** Step the tie was made and last used (default 0). */
  step?: number;
  origin?: number;
}

export interface TinyModelSpec {
  agents: TinyAgent[];
  /** One entry per MC (default: one MC in region 0). */
  mcs?: TinyMc[];
  ties?: TinyTie[];
  /** Scenario overrides; policies among them become the model's timeline. */
  params?: ScenarioInput;
  /** The scripted draws of the model's generator (default: none; any draw throws). */
  draws?: number[];
  /** Steps already done (default 0): the next step simulates month step + 1. */
  step?: number;
}

export type TinyModel = Model & { rng: ScriptedRng };

function firstPark(region: number): number {
  return PARKS.indexOf(REGIONS[region].parks[0]);
}

function checkOrder(agents: readonly TinyAgent[]): void {
  for (let i = 1; i < agents.length; i++) {
    const [p, q] = [agents[i - 1], agents[i]];
    const [pm, qm] = [p.mc ?? 0, q.mc ?? 0];
    if (qm < pm || (qm === pm && q.kind < p.kind))
      throw new Error(`tinyModel: agent ${i} is out of order: list agents by MC, then by kind`);
  }
}

/**
 * The smallest model createModel makes (one agency in each of Gangwon's MCs, no ties): the rest of a tiny model is
 * built on it.
 */
function emptyBase(): Model {
  return createModel({
    population: { regions: ['gangwon'], scale: 0.02, initialFirmMemberShare: 0, nonJoinerFirmRatio: 0 },
    initialNetwork: { iurTiesPerFirm: 0, firmTiesPerFirm: 0, agencyTiesPerFirm: 0, expertTiesPerExpert: 0 },
  });
}

/** A model of the listed agents and ties, built by hand as createModel would lay it out. */
export function tinyModel(spec: TinyModelSpec): TinyModel {
  checkOrder(spec.agents);
  const base = emptyBase();
  const resolved = scenarioSchema.parse(withTestParams(spec.params ?? {}));
  const { policies, name: _name, description: _description, $schema: _schema, ...params } = resolved;
  const mcSpecs = spec.mcs ?? [{}];
  const n = spec.agents.length;
  const model: TinyModel = {
    ...base,
    params,
    policies,
    policyState: policies.map(() => ({ started: false, from: {} })),
    rng: scriptedRng(spec.draws ?? []),
    seed: 'tiny',
    step: spec.step ?? 0,
    agents: {
      ...emptyAgents(n),
      kind: Uint8Array.from(spec.agents.map((a) => a.kind)),
      mc: Uint16Array.from(spec.agents.map((a) => a.mc ?? 0)),
      region: Uint8Array.from(spec.agents.map((a) => mcSpecs[a.mc ?? 0].region ?? 0)),
      park: Uint8Array.from(
        spec.agents.map((a) => mcSpecs[a.mc ?? 0].park ?? firstPark(mcSpecs[a.mc ?? 0].region ?? 0)),
      ),
      sector: Uint8Array.from(spec.agents.map((a) => a.sector ?? mcSpecs[a.mc ?? 0].sector ?? 0)),
      size: Uint8Array.from(spec.agents.map((a) => a.size ?? SMALL)),
      lead: Uint8Array.from(spec.agents.map((a) => (a.lead ? 1 : 0))),
      member: Uint8Array.from(spec.agents.map((a) => (a.member === false ? 0 : 1))),
      reason: Uint8Array.from(spec.agents.map((a) => a.reason ?? 0)),
      capability: Float64Array.from(spec.agents.map((a) => a.capability ?? 0.5)),
      satisfaction: Float64Array.from(spec.agents.map((a) => a.satisfaction ?? params.satisfaction.initial)),
    },
    ties: createTies(n, 4),
    mcs: emptyMcs(
      mcSpecs.map((s, c) => ({
        region: s.region ?? 0,
        park: s.park ?? firstPark(s.region ?? 0),
        sector: s.sector ?? 0,
        name: `mc-${c}`,
      })),
    ),
    ranges: computeRanges(emptyAgents(0)), // laid out by layOut below
    events: [],
    candidates: createCandidates(16),
    scratch: new Float64Array(16),
    counts: emptyCounts(),
  };
  layOut(model);
  model.mcs.feeSeen.fill(params.budget.feePerFirmMonth); // as createModel: members joined under the step-0 fee
  for (const t of spec.ties ?? []) {
    addTie(model.ties, t.a, t.b, {
      trust: t.trust ?? 0.5,
      strength: t.strength ?? 0.5,
      step: t.step ?? 0,
      origin: t.origin ?? ORIGIN_INITIAL,
    });
  }
  return model;
}

/** MC and kind ranges, coordinators, and park and region ranges, from the agents' attributes. */
function layOut(model: Model): void {
  const { agents, mcs } = model;
  for (let c = 0; c < mcs.count; c++) {
    const ids = [...agents.mc.keys()].filter((i) => agents.mc[i] === c);
    const start = ids.length ? ids[0] : c === 0 ? 0 : mcs.end[c - 1];
    mcs.start[c] = start;
    mcs.end[c] = start + ids.length;
    for (let k = 0; k <= 4; k++) mcs.kindStart[c * 5 + k] = start + ids.filter((i) => agents.kind[i] < k).length;
    mcs.coordinator[c] = ids.find((i) => agents.kind[i] === AGENCY && agents.member[i] === 1) ?? -1;
  }
  model.ranges = computeRanges(agents);
}

/** The candidates waiting for tie formation, as plain lists. */
export function listCandidates(model: Model): {
  from: number[];
  to: number[];
  origin: number[];
  expectedTrust: number[];
} {
  const c: Candidates = model.candidates;
  const n = c.length;
  return {
    from: Array.from(c.from.subarray(0, n)),
    to: Array.from(c.to.subarray(0, n)),
    origin: Array.from(c.origin.subarray(0, n)),
    expectedTrust: Array.from(c.expectedTrust.subarray(0, n)),
  };
}
