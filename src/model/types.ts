// The model as plain typed data: agents and ties in typed arrays indexed by integer ids, MCs, counters, parameters.
// Hot loops use these arrays; graphology is the view users, metrics and exporters see (model/to-graph.ts).
import type { Params, Policy, RegionScopedParam } from '../scenario/schema.js';
import type { Rng } from '../random/rng.js';

export const FIRM = 0;
export const PROFESSOR = 1;
export const INSTITUTE = 2;
export const AGENCY = 3;
export type Kind = typeof FIRM | typeof PROFESSOR | typeof INSTITUTE | typeof AGENCY;

/** Professors and research institutes: the research side of industry-university-research (IUR) ties. */
export const isExpert = (kind: number) => kind === PROFESSOR || kind === INSTITUTE;
/** 1 for the expert kinds, by kind code: the same test as a table, for branch-free loops. */
export const EXPERT_KIND = Uint8Array.from([FIRM, PROFESSOR, INSTITUTE, AGENCY], (kind) => (isExpert(kind) ? 1 : 0));

export const SMALL = 0;
export const MEDIUM = 1;
export const LARGE = 2;

/** Why a park firm stays out (Table 5); NONE for firms that will join when they can. */
export const STAY_OUT_REASONS = [
  'none',
  'notStrategic',
  'lowMoneyExpectation',
  'noNeed',
  'largeCustomerFirst',
  'otherRegionsBetter',
  'infoLeakFear',
  'other',
] as const;
export type StayOutReason = (typeof STAY_OUT_REASONS)[number];

/** How a tie began. */
export const TIE_ORIGINS = ['initial', 'event', 'referral', 'search', 'brokered'] as const;
export const ORIGIN_INITIAL = 0;
export const ORIGIN_EVENT = 1;
export const ORIGIN_REFERRAL = 2;
export const ORIGIN_SEARCH = 3;
export const ORIGIN_BROKERED = 4;

/** The five factors of Table 6, in the paper's order; agents.factors holds them row by row. */
export const FACTORS = ['openness', 'skilledPeople', 'selfReliance', 'communityCooperation', 'jointIur'] as const;
export const FACTOR_COUNT = FACTORS.length;

/**
 * Agents (members and park firms that may join) as columns; ids 0..count-1 are ordered by MC, so an MC's and a region's
 * agents are contiguous.
 */
export interface Agents {
  count: number;
  kind: Uint8Array;
  mc: Uint16Array;
  region: Uint8Array;
  park: Uint8Array;
  sector: Uint8Array;
  size: Uint8Array;
  lead: Uint8Array;
  member: Uint8Array;
  reason: Uint8Array;
  capability: Float64Array;
  satisfaction: Float64Array;
  /** FACTOR_COUNT values per agent: factors[i * FACTOR_COUNT + k]. */
  factors: Float64Array;
  /** Exponentially weighted count of recent successful joint projects with professors or institutes. */
  recentIur: Float64Array;
  /** Exponentially weighted count of events attended (participation in the MC's activities). */
  recentEvents: Float64Array;
  /** Exponentially weighted count of new ties made (openness to new partners). */
  recentTies: Float64Array;
  /** 1 in the month the firm attended a company visit. */
  visited: Uint8Array;
}

/**
 * Ties in slots; a dropped tie frees its slot for the next new tie (lowest free slot is not required: a stack,
 * deterministic).
 */
export interface Ties {
  /** Slots in use or free: ids are 0..size-1. */
  size: number;
  alive: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  trust: Float64Array;
  strength: Float64Array;
  createdAt: Int32Array;
  lastUsed: Int32Array;
  origin: Uint8Array;
  free: number[];
  /** Number of ties of each agent. */
  degree: Int32Array;
  /**
   * Each agent's ties, in the order they were made (a dropped tie's place goes to the agent's last): agent i's block of
   * the pool starts at first[i] and has room for room[i] entries, of which degree[i] are in use. Entry k names the
   * partner (partner[k]) and the tie's slot (tieAt[k]).
   */
  first: Int32Array;
  room: Int32Array;
  partner: Int32Array;
  tieAt: Int32Array;
  /** Pool entries handed out to blocks (the rest is free at the pool's end). */
  poolUsed: number;
  /** Number of live ties. */
  count: number;
}

export interface Mcs {
  count: number;
  names: string[];
  region: Uint8Array;
  park: Uint8Array;
  sector: Uint8Array;
  /** First agent id and one past the last of each MC. */
  start: Int32Array;
  end: Int32Array;
  /** Where each kind's agents start within the MC: kindStart[c * 5 + kind], and kindStart[c * 5 + 4] = end. */
  kindStart: Int32Array;
  /** 1 while the government supports the MC (the exit rule ends support). */
  supported: Uint8Array;
  /** The MC's coordinator: its first agency member, or -1. */
  coordinator: Int32Array;
  /** This month's budget, million KRW. */
  budget: Float64Array;
  /** Exponentially weighted events per month. */
  activity: Float64Array;
  /** This month's fee income share of the budget. */
  feeShare: Float64Array;
  eventsThisStep: Int32Array;
  tasksSolvedThisYear: Float64Array;
  /**
   * The value a region-scoped policy gives each parameter read per MC (REGION_SCOPED_PARAMS) in each MC, NaN where none
   * is in force and the global parameter applies; written by applyPolicies, read through mcParam (model/mc-params.ts).
   */
  scoped: Record<RegionScopedParam, Float64Array>;
  /** 1 once the MC has dissolved (events.dissolveAfterMonths without an event): no events, no members, no joining. */
  dissolved: Uint8Array;
  /** Months in a row without an event. */
  idleMonths: Int32Array;
  /** The fee its member firms last agreed to pay, million KRW a month (a higher fee asks them again). */
  feeSeen: Float64Array;
  /**
   * This month's effect of the MC's activity mix on each channel (ACTIVITY_CHANNELS: meeting, ties, trust, tasks),
   * mixEffects[c * 4 + channel]: 1 for the default mix; written by holdEvents.
   */
  mixEffects: Float64Array;
  /** The informal sub-groups found inside the MCs at the last detection (phase 10, trackSubGroups), in MC order. */
  subGroups: SubGroup[];
}

/** A dense community of an MC's members (7.13): found every subGroups.everyMonths months, a sub-MC once it lasts. */
export interface SubGroup {
  mc: number;
  /** Its members' agent ids, ascending. */
  members: number[];
  /** The month it was first found (carried over while it persists). */
  since: number;
  /** 1 once it has persisted subGroups.monthsToSubMc months: it holds its own meetings (subMcEvents). */
  subMc: boolean;
}

/** What happened during the last step: the counters the recorder reads. */
export interface StepCounts {
  events: number;
  attendances: number;
  meetings: number;
  candidates: number;
  tiesFormed: number;
  tiesDropped: number;
  tasksFound: number;
  /** Tasks solved by kind (TASK_KINDS order). */
  tasksSolved: number[];
  tasksSolvedByAgency: number;
  tasksFailed: number;
  joined: number;
  left: number;
  supportEnded: number;
  /** Government subsidy and members' fees paid into the MCs' budgets this month, million KRW. */
  subsidyPaid: number;
  feesPaid: number;
  /** Member firms that refused to pay a new or higher fee this month (they left), and MCs that dissolved. */
  feeRefusals: number;
  mcsDissolved: number;
  /** Meetings held by sub-MCs this month (7.13); not among `events`. */
  subMcEvents: number;
}

/**
 * Candidate pairs met or found this step, waiting for the tie-formation decision: typed columns of `length` entries.
 */
export interface Candidates {
  length: number;
  from: Int32Array;
  to: Int32Array;
  origin: Uint8Array;
  expectedTrust: Float64Array;
}

/** An event held this step: its MC and attendees. */
export interface HeldEvent {
  mc: number;
  visit: boolean;
  attendees: number[];
}

/** Agent id ranges of each park and region (empty where none is simulated). */
export interface Ranges {
  parkStart: Int32Array;
  parkEnd: Int32Array;
  regionStart: Int32Array;
  regionEnd: Int32Array;
}

/** Progress of each policy of the timeline: the values it started from, once started. */
export interface PolicyState {
  started: boolean;
  /** A policy for every region: each parameter's global value when the policy started. */
  from: Record<string, unknown>;
  /** A region-scoped policy: each parameter's value in each MC when the policy started (read only for its MCs). */
  fromByMc?: Record<string, Float64Array>;
}

/** A Louvain partition of the member network as measured at a step (metrics/communities.ts); never changed in place. */
export interface MeasuredPartition {
  step: number;
  /** The run's seed, from which the partition's generator was derived. */
  seed: string;
  /** Each agent's community by agent id; -1 for those not members then. */
  community: Int32Array;
}

/** Ties inside MCs sorted by MC: entry r joins ends[2r] and ends[2r + 1] with trust[r]. */
export interface SortedTies {
  ends: Int32Array;
  trust: Float64Array;
}

export interface Model {
  /** Current parameters: the scenario's, changed by policies as they take effect. */
  params: Params;
  policies: Policy[];
  policyState: PolicyState[];
  rng: Rng;
  /** The seed the rng was created from; metrics that draw (Louvain) derive their own generators from it. */
  seed: string;
  /** Steps done so far; the next step simulates month step + 1. */
  step: number;
  agents: Agents;
  ties: Ties;
  mcs: Mcs;
  ranges: Ranges;
  events: HeldEvent[];
  candidates: Candidates;
  /** Reusable buffer for per-tie weights of one agent (at least the largest tie capacity long). */
  scratch: Float64Array;
  /** Reusable buffer of updateSatisfaction: the live ties inside MCs sorted by MC (grown as it needs). */
  sortedTies: SortedTies;
  counts: StepCounts;
  /**
   * The last partition the costly metrics measured: the start of the next one when metrics.louvainWarmStart is on, and
   * the communities the network files of that step carry. Absent until the first measurement.
   */
  partition?: MeasuredPartition;
}
