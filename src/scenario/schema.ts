// The scenario schema: the single source of the types, defaults, units and justifications of every parameter.
// Each field's description reads "unit: justification"; docs/ODD.md's parameter table and the JSON Schema are generated
// from it.
import { z } from 'zod';
import { MONTH_PATTERN, monthStep, stepDate } from './dates.js';

// zod without its compiled fast path (new Function per object schema): compiling took ~35 ms of a process's first parse,
// and 1,000 parses were no slower without it (measured on the default scenario); no code is generated in the browser.
z.config({ jitless: true });

// Upper bounds: every count, rate and size has a cap no study needs to exceed, so that a slip (1e9 for 1e-9, a count
// with three zeros too many) is refused with its parameter rather than run out of memory or time. They show in the
// ODD's parameter table and in the JSON Schema.

/** Months: the longest horizon (200 years), and so the cap of every step, interval and memory in months. */
export const MAX_STEPS = 2400;
/**
 * Agents of one kind before population.scale (the paper has 4,566 member firms; a million is a whole country's SMEs).
 */
export const MAX_MEMBERS = 1_000_000;
/** Ties: the most any tie count or capacity may be (the defaults are 20 to 60). */
export const MAX_TIES = 1000;
/**
 * Weights that are normalised to shares (task mix, satisfaction weights, reasons): room for raw counts such as Table
 * 2's 5,395.
 */
export const MAX_WEIGHT = 1_000_000;
/** Logit units: a term beyond +-100 saturates the logistic function completely (e^-100 ~ 4e-44). */
export const MAX_LOGIT = 100;
/** Factors, ratios and distances (the defaults are 0.2 to 2; 100 is fifty times the largest). */
export const MAX_FACTOR = 100;
/** Events, persons, draws and other counts per month or per event. */
export const MAX_PER_EVENT = 1000;
/** Money in million KRW per member firm-month: fees and fee tolerance (the default fee tolerance is 0.5). */
export const MAX_FEE = 1000;
/** Money in million KRW per MC-month: the reference subsidy (default 2.5). */
export const MAX_SUBSIDY = 1_000_000;
/** Calendar years a run may start in. */
export const MIN_START_YEAR = 1900;
export const MAX_START_YEAR = 2200;
/** Policies in a scenario's timeline. */
export const MAX_POLICIES = 1000;
/** Characters of a name or label, and of a description. */
export const MAX_NAME_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 10_000;

const probability = (d: number, doc: string) => z.number().min(0).max(1).default(d).describe(doc);
const nonNegative = (d: number, max: number, doc: string) => z.number().min(0).max(max).default(d).describe(doc);
const positive = (d: number, max: number, doc: string) => z.number().gt(0).max(max).default(d).describe(doc);
const count = (d: number, max: number, doc: string) => z.number().int().min(0).max(max).default(d).describe(doc);
const logit = (d: number, doc: string) => z.number().min(-MAX_LOGIT).max(MAX_LOGIT).default(d).describe(doc);
const weight = (d: number, doc: string) => nonNegative(d, MAX_WEIGHT, doc);
const group = <T extends z.ZodRawShape>(shape: T, doc: string) =>
  z
    .strictObject(shape)
    .prefault({} as never)
    .describe(doc);

export const KIND_NAMES = ['firm', 'professor', 'institute', 'agency'] as const;
export const TASK_KINDS = ['rnd', 'management', 'marketing', 'hr', 'other'] as const;
export const REGION_IDS = ['capital', 'daegyeong', 'chungcheong', 'dongnam', 'honam', 'gangwon'] as const;
export const SCOPES = ['park', 'region', 'national'] as const;
/** Table 4's six kinds of network activity, in the paper's order of what firms want (docs/ODD.md 7.3). */
export const ACTIVITY_TYPES = [
  'projectTeams',
  'seminars',
  'companyVisits',
  'crossRegion',
  'online',
  'communities',
] as const;
/** The four channels through which an activity type acts (docs/ODD.md 7.3). */
export const ACTIVITY_CHANNELS = ['meeting', 'ties', 'trust', 'tasks'] as const;

const kindNumbers = (d: [number, number, number, number], doc: string) =>
  group(
    {
      firm: nonNegative(d[0], MAX_TIES, doc + ' (firms)'),
      professor: nonNegative(d[1], MAX_TIES, doc + ' (professors)'),
      institute: nonNegative(d[2], MAX_TIES, doc + ' (research institutes)'),
      agency: nonNegative(d[3], MAX_TIES, doc + ' (support agencies)'),
    },
    doc,
  );

export const populationSchema = group(
  {
    scale: z
      .number()
      .gt(0)
      .max(1000)
      .default(1)
      .describe(
        'factor: multiplies every count below (0.1 for a class, 10 for a stress test; run refuses what would not fit in memory)',
      ),
    regions: z
      .array(z.enum(REGION_IDS))
      .min(1)
      .max(REGION_IDS.length)
      .default([...REGION_IDS])
      .describe("list of region ids: which of Table 1's six regions are simulated (all by default)"),
    firmMembers: count(
      4566,
      MAX_MEMBERS,
      'firms: member firms by December 2010 (paper, section 2.1; the four kind counts are used, total 6,189)',
    ),
    professors: count(779, MAX_MEMBERS, 'persons: professor members (paper, section 2.1)'),
    institutes: count(211, MAX_MEMBERS, 'persons: research-institute members (paper, section 2.1)'),
    agencies: count(633, MAX_MEMBERS, 'persons: support-agency and finance members (paper, section 2.1)'),
    initialFirmMemberShare: probability(
      0.33,
      'share: of firmMembers who are members at step 0; the rest join later (calibrated to Table 2 growth and the 2010 member counts)',
    ),
    nonJoinerFirmRatio: nonNegative(
      0.5,
      10,
      "firms per member firm: park firms that stay out for one of Table 5's reasons (assumed)",
    ),
    largeFirmShare: probability(0.05, 'share: large firms, the lead-firm candidates (assumed)'),
    mediumFirmShare: probability(0.25, 'share: medium-sized firms (assumed)'),
    capabilityMin: probability(
      0.3,
      'score 0-1: lowest capability (absorptive capacity); capabilities are uniform on [capabilityMin, 1] (assumed)',
    ),
  },
  'Who is simulated: counts by kind, sized from the paper (section 2.1, Table 1).',
);

export const initialNetworkSchema = group(
  {
    iurTiesPerFirm: nonNegative(
      2.2,
      MAX_TIES,
      'ties: mean industry-university-research partners drawn per park firm, pre-programme (Table 3, 2004)',
    ),
    firmTiesPerFirm: nonNegative(
      2.49,
      MAX_TIES,
      'ties: mean firm-firm ties per park firm, pre-programme (Table 3, 2004)',
    ),
    agencyTiesPerFirm: nonNegative(
      1,
      MAX_TIES,
      'ties: mean support-agency partners drawn per park firm, pre-programme (assumed)',
    ),
    expertTiesPerExpert: nonNegative(
      1,
      MAX_TIES,
      'ties: mean professor/institute ties among experts at step 0 (assumed)',
    ),
    localShare: probability(
      0.8,
      'share: of initial partners taken from the own MC, the rest from the region (assumed; Ponds et al. 2007: IUR ties are local)',
    ),
    trustMin: probability(0.3, 'trust 0-1: lowest initial trust of a pre-existing tie (assumed)'),
    trustMax: probability(0.7, 'trust 0-1: highest initial trust of a pre-existing tie (assumed)'),
    strengthMin: probability(0.3, 'strength 0-1: lowest initial strength of a pre-existing tie (assumed)'),
    strengthMax: probability(0.8, 'strength 0-1: highest initial strength of a pre-existing tie (assumed)'),
  },
  'The network at step 0 (the 2004 baseline of Table 3).',
);

export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type ActivityChannel = (typeof ACTIVITY_CHANNELS)[number];

/** Assumed multipliers per activity type: meeting (attendance and guests), ties (meetings per attendee), trust, tasks. */
const ACTIVITY_EFFECT_DEFAULTS: Record<ActivityType, [number, number, number, number]> = {
  projectTeams: [0.6, 1, 1.5, 1.5],
  seminars: [1.2, 0.15, 0.8, 0.8],
  companyVisits: [0.8, 0.4, 1, 2],
  crossRegion: [1.5, 0.3, 0.8, 0.8],
  online: [1.5, 0.1, 0.5, 0.5],
  communities: [1, 0.1, 1.3, 0.5],
};

const activityEffect = (type: string, d: [number, number, number, number]) =>
  group(
    {
      meeting: positive(
        d[0],
        MAX_FACTOR,
        `factor: ${type} on attendance (events.attendProb) and guests (levers.guestsPerOpenEvent) (assumed)`,
      ),
      ties: positive(
        d[1],
        MAX_FACTOR,
        `factor: ${type} on meetings per attendee (events.meetingsPerAttendee), the chances to make a tie (assumed)`,
      ),
      trust: positive(
        d[2],
        MAX_FACTOR,
        `factor: ${type} on the trust gained by a task solved together (trust.gain) (assumed)`,
      ),
      tasks: positive(
        d[3],
        MAX_FACTOR,
        `factor: ${type} on the share of events that find tasks as company visits do (events.visitShare) (assumed)`,
      ),
    },
    `Multipliers of ${type} on the four channels (assumed).`,
  );

export const eventsSchema = group(
  {
    ratePerMcMonth: nonNegative(
      5.4,
      MAX_PER_EVENT,
      'events per MC-month: at the reference budget (31,506 activities / 6 years / 81 MCs, section 2.2)',
    ),
    budgetElasticity: nonNegative(
      0.5,
      5,
      'elasticity: events scale with (budget / reference budget)^this (assumed, to be calibrated)',
    ),
    attendProb: probability(0.15, 'probability: a member attends a given event of its MC (assumed)'),
    meetingsPerAttendee: count(2, 100, 'meetings: other attendees each attendee meets at an event (assumed)'),
    visitShare: probability(
      0.2,
      'share: of events that are company visits, which find tasks (assumed; section 2.2 lists visits among six kinds)',
    ),
    visitTaskBoost: nonNegative(
      1,
      MAX_FACTOR,
      'factor: extra task probability of a firm in the month it attends a company visit (assumed)',
    ),
    selfOrganisedShare: probability(
      0.2,
      "share: of ratePerMcMonth that an MC's members sustain without a budget, from their own time, at full engagement (assumed; not identified: no MC ran without a budget in 2005-2010)",
    ),
    dissolveAfterMonths: count(
      36,
      MAX_STEPS,
      'months: an MC that holds no event for this many months in a row dissolves, its members leave and nobody joins it; 0 = never (assumed)',
    ),
    activityEffects: group(
      Object.fromEntries(
        ACTIVITY_TYPES.map((type) => [type, activityEffect(type, ACTIVITY_EFFECT_DEFAULTS[type])]),
      ) as Record<ActivityType, ReturnType<typeof activityEffect>>,
      "Multipliers of each activity type on the four channels, relative to each other: a mix's effect on a channel is its mix-weighted multiplier over the default mix's, so the default mix acts as the programme as run (all assumed; ties ranked after LITERATURE 8.6's per-meeting tie multipliers, Cai & Szeidl 2018).",
    ),
  },
  'MC activities: seminars, forums, company visits, meetings, councils.',
);

export const searchSchema = group(
  {
    probPerMonth: probability(0.3, 'probability: a member firm searches for a new partner in a month (assumed)'),
    randomShare: probability(
      0.4,
      'share: of searches that are random rather than referrals (Jackson & Rogers 2007 fit r ~ 0.6-5; assumed)',
    ),
    ownMcShare: probability(
      0.7,
      'share: of random searches kept inside the own MC; the rest look across the scope (assumed)',
    ),
    maxTries: count(20, MAX_PER_EVENT, 'draws: tries to find an eligible random partner (INFSO-SKIN search depth 20)'),
  },
  'Looking for partners: referrals through trusted ties and random search.',
);

export const costSchema = group(
  {
    base: nonNegative(0.5, MAX_LOGIT, 'logit units: search cost of any new tie (assumed, to be calibrated)'),
    perDistance: nonNegative(1, MAX_LOGIT, 'logit units per unit of distance: (assumed, to be calibrated)'),
    parkDistance: nonNegative(
      0.5,
      MAX_FACTOR,
      'distance: partner in another park (assumed; Pan et al. 2012: collaboration falls with distance)',
    ),
    regionDistance: nonNegative(1, MAX_FACTOR, 'distance: partner in another region (assumed)'),
    mcDistance: nonNegative(0.3, MAX_FACTOR, 'distance: partner in another MC (assumed)'),
    sectorDistance: nonNegative(
      0.5,
      MAX_FACTOR,
      'distance: firm partner in another sector (assumed; Boschma 2005, cognitive proximity)',
    ),
    trustReduction: probability(
      0.5,
      'share: of the search cost removed at full expected trust (paper, section 3.2: trust lowers search cost)',
    ),
    eventFactor: nonNegative(0.5, MAX_FACTOR, 'factor: cost of a tie to someone met at an event (assumed)'),
    referralFactor: nonNegative(0.75, MAX_FACTOR, 'factor: cost of a tie through a referral (assumed)'),
    searchFactor: nonNegative(1, MAX_FACTOR, 'factor: cost of a tie found by random search (reference)'),
    brokeredFactor: nonNegative(
      0.5,
      MAX_FACTOR,
      "factor: cost of a tie brokered by the initiative (assumed); coordinators' brokered ties are made outright in collaborate",
    ),
  },
  'Search cost of a candidate tie, from distance and trust.',
);

export const tieFormationSchema = group(
  {
    intercept: logit(-4.8, 'logit units: base of the tie probability (calibrated to Table 3, docs/calibration.md)'),
    benefitWeight: nonNegative(4, MAX_LOGIT, 'logit units per unit of complementarity: (assumed, to be calibrated)'),
    trustWeight: nonNegative(
      2,
      MAX_LOGIT,
      'logit units per unit of expected trust: prior ties and referrals raise tie odds (assumed; Gulati & Gargiulo 1999)',
    ),
    attentionWeight: nonNegative(
      1,
      MAX_LOGIT,
      'logit units per unit of capacity used: summed over the two ends; limited attention (assumed)',
    ),
    initialStrength: probability(0.5, 'strength 0-1: of a new tie (assumed)'),
    capacity: kindNumbers(
      [20, 40, 40, 60],
      'ties: most ties an agent of this kind keeps, member or not (assumed: limited attention)',
    ),
    complementarity: group(
      {
        firmFirm: probability(
          0.16,
          'benefit 0-1: firm with firm, for trade (calibrated with the other network parameters)',
        ),
        firmExpert: probability(1, 'benefit 0-1: firm with professor or institute, for R&D (assumed: highest)'),
        firmAgency: probability(0.7, 'benefit 0-1: firm with agency, for management and marketing (assumed)'),
        expertExpert: probability(0.4, 'benefit 0-1: professor or institute with another (assumed)'),
        expertAgency: probability(0.3, 'benefit 0-1: professor or institute with agency (assumed)'),
        agencyAgency: probability(0.3, 'benefit 0-1: agency with agency (assumed)'),
      },
      'Expected benefit of a tie by the kinds of its ends.',
    ),
  },
  'Whether a met or found candidate becomes a tie: a logistic choice.',
);

export const tasksSchema = group(
  {
    probPerFirmMonth: probability(
      0.071,
      'probability: a member firm finds a task in a month (calibrated to Table 2; 0.40 solved per firm-year, section 2.2)',
    ),
    mix: group(
      {
        rnd: weight(0.106, 'weight: R&D tasks (Table 2, 1,166 of 11,026)'),
        management: weight(0.489, 'weight: management tasks (Table 2, 5,395 of 11,026)'),
        marketing: weight(0.356, 'weight: marketing tasks (Table 2, 3,925 of 11,026)'),
        hr: weight(0.005, 'weight: HR tasks (Table 2, 60 of 11,026)'),
        other: weight(0.044, 'weight: other tasks (Table 2, 480 of 11,026)'),
      },
      'Relative frequency of the five task kinds (Table 2 totals).',
    ),
    successBase: probability(
      0.9,
      'probability: success of a task with a fully capable, fully trusted partner; chance = successBase (0.6 + 0.4 capability) (0.7 + 0.3 trust) (calibrated to Table 2)',
    ),
    brokerProb: probability(
      0.5,
      'probability: the coordinator brokers a new tie for a task no tie can take, at the reference budget (assumed; paper section 4: the agency as broker)',
    ),
    agencySolveProb: probability(
      0.3,
      'probability: the support agency solves an unbrokered task itself (section 2.2: tasks solved by the agency itself; assumed)',
    ),
  },
  'Firms\' problems ("tasks") and how the network solves them.',
);

export const trustSchema = group(
  {
    initial: probability(0.4, 'trust 0-1: of a new tie to a stranger (assumed)'),
    gain: probability(0.15, 'rate: T += gain (1 - T) after a success (Slovic 1993; range 0.05-0.2)'),
    lossRatio: nonNegative(2, MAX_FACTOR, 'ratio: T -= lossRatio gain T after a failure (asymmetric trust, range 2-5)'),
  },
  'Trust, built by outcomes and lost faster than it is built.',
);

export const decaySchema = group(
  {
    ratePerMonth: probability(
      0.035,
      'rate: strength lost by an unused tie within an MC each month (calibrated to Table 3)',
    ),
    crossMcRatePerMonth: probability(
      0.17,
      'rate: strength lost by an unused tie across MCs (Burt 2002: 9 in 10 bridges gone in a year)',
    ),
    dropBelow: probability(0.1, 'strength 0-1: a tie weaker than this is dropped (assumed)'),
    reinforcement: probability(0.2, 'rate: w += reinforcement (1 - w) when a tie is used (assumed)'),
  },
  'Unused ties weaken and are dropped.',
);

export const satisfactionSchema = group(
  {
    initial: probability(
      0.15,
      'score 0-1: satisfaction of every agent at step 0, and of a firm when it joins (calibrated with the Table 5 and Table 6 survey targets)',
    ),
    smoothing: probability(
      0.04,
      'rate: S moves this share of the way to its target each month (calibrated with the survey targets)',
    ),
    weights: group(
      {
        openness: weight(0.208, 'weight: network openness (Table 6 correlation .753, normalised)'),
        skilledPeople: weight(0.182, 'weight: access to skilled people (Table 6 .659, normalised)'),
        selfReliance: weight(0.217, 'weight: MC self-reliance (Table 6 .784, normalised)'),
        communityCooperation: weight(0.177, 'weight: community cooperation (Table 6 .639, normalised)'),
        jointIur: weight(0.216, 'weight: joint IUR projects (Table 6 .779, normalised)'),
      },
      'Weights of the five factors of Table 6 in the satisfaction target.',
    ),
    selfRelianceFeeWeight: probability(
      0.3,
      'share: of the self-reliance factor that comes from fees in the budget, the rest from MC activity (assumed)',
    ),
    participationScale: positive(
      8,
      MAX_PER_EVENT,
      "events: recent events attended at which participation in the self-reliance factor reaches 63% (calibrated to Table 6's order)",
    ),
    opennessScale: positive(
      3.8,
      MAX_TIES,
      "ties: external ties plus recent new partners at which the openness factor reaches 63% (calibrated to Table 6's order)",
    ),
    skilledScale: positive(
      0.3,
      MAX_TIES,
      "ties: IUR ties at which the skilled-people factor reaches 63% (calibrated to Table 6's order)",
    ),
    jointIurScale: positive(
      0.12,
      MAX_PER_EVENT,
      "projects: recent joint IUR successes at which that factor reaches 63% (calibrated to Table 6's order)",
    ),
    memoryMonths: z
      .number()
      .min(1)
      .max(MAX_STEPS)
      .default(12)
      .describe('months: mean memory of recent joint projects and of MC activity (assumed)'),
  },
  'Satisfaction from the five factors of Table 6.',
);

export const membershipSchema = group(
  {
    leaveMaxPerMonth: probability(0.05, 'probability: highest monthly chance that a member firm leaves (assumed)'),
    leaveIntercept: logit(
      -3.1,
      'logit units: leaving at reference satisfaction and no fee (calibrated to the 2010 member counts)',
    ),
    leaveSatisfactionWeight: nonNegative(
      6,
      MAX_LOGIT,
      'logit units per unit of satisfaction: satisfaction above the reference keeps members (assumed)',
    ),
    leaveFeeWeight: nonNegative(
      2,
      MAX_LOGIT,
      'logit units per unit of fee burden: burden = fee / ability to pay (assumed)',
    ),
    satisfactionReference: probability(0.4, 'score 0-1: satisfaction at which leaving is at its intercept (assumed)'),
    joinPerMonth: probability(
      0.017,
      'probability: monthly chance that a firm with no reason to stay out joins (calibrated to the 2010 member counts and Table 2)',
    ),
    contactBonus: nonNegative(
      0.37,
      MAX_FACTOR,
      'factor per tie: outsiders with ties to members join more readily (calibrated to the 2010 member counts)',
    ),
    activityReference: nonNegative(
      0.24,
      MAX_FACTOR,
      "share of events.ratePerMcMonth: the recent activity A_c (events a month, smoothed over satisfaction.memoryMonths) at or above which members see their MC as active; below it the MC's activity deficit 1 - A_c / (this x ratePerMcMonth) grows to 1 at no events; 0 = never idle (fitted in calibration round 4 but not identified: the accepted points span 0.10-0.44, docs/calibration.md)",
    ),
    leaveIdleWeight: nonNegative(
      0.2,
      MAX_LOGIT,
      'logit units per unit of activity deficit: members of an idle MC leave more, whatever their own satisfaction; 0 = off (direction: Human & Provan 2000, a network survives when members value what it does; size fitted in calibration round 4 but not identified: the accepted points span 0.2-3.7)',
    ),
    joinActivityWeight: nonNegative(
      0.15,
      MAX_FACTOR,
      'exponent: joining is multiplied by (1 - activity deficit)^this, so an MC with no events attracts nobody; 0 = off (fitted in calibration round 4 but not identified: the accepted points span 0.003-1.9)',
    ),
    refuseIntercept: logit(
      -1.5,
      "logit units: a member firm's refusal to pay when its MC's fee appears or rises, at reference satisfaction and no burden; a refuser leaves (assumed: 'from free to fee', MGI 2021; not identified)",
    ),
    refuseBurdenWeight: nonNegative(
      4,
      MAX_LOGIT,
      'logit units per unit of fee burden: refusal rises with the burden (assumed)',
    ),
    refuseSatisfactionWeight: nonNegative(
      6,
      MAX_LOGIT,
      'logit units per unit of satisfaction: members who value the MC more pay (assumed, as leaveSatisfactionWeight)',
    ),
    feeTolerance: nonNegative(
      0.5,
      MAX_FEE,
      "million KRW per month: the fee at which a small firm's fee burden reaches 1 and it no longer joins; medium firms bear 2x, large 5x (assumed)",
    ),
    stayOutFactor: nonNegative(
      0.2,
      MAX_FACTOR,
      'factor: joining rate of a firm whose Table 5 reason still holds (assumed)',
    ),
    reasons: group(
      {
        notStrategic: weight(
          0.212,
          "share at step 0: not in the park's strategic sector (calibrated so the 2010 survey of non-joiners gives Table 5's 28.1%)",
        ),
        lowMoneyExpectation: weight(
          0.164,
          "share at step 0: low expectation of government money (calibrated to Table 5's 17.1% in 2010)",
        ),
        noNeed: weight(0.165, "share at step 0: no need for networking (calibrated to Table 5's 17.1% in 2010)"),
        largeCustomerFirst: weight(
          0.187,
          "share at step 0: large-firm customer comes first (calibrated to Table 5's 9.6% in 2010)",
        ),
        otherRegionsBetter: weight(
          0.069,
          "share at step 0: other regions' programmes work better (calibrated to Table 5's 7.2% in 2010)",
        ),
        infoLeakFear: weight(
          0.045,
          "share at step 0: fear of information leaks (calibrated to Table 5's 4.7% in 2010)",
        ),
        other: weight(0.158, "share at step 0: other reasons (calibrated to Table 5's 16.2% in 2010)"),
      },
      'Why park firms stay out (Table 5, n = 130), drawn once per non-joining firm.',
    ),
  },
  'Members weigh satisfaction against fees; outsiders join by expected benefit.',
);

export const budgetSchema = group(
  {
    subsidyPerMcMonth: nonNegative(
      2.5,
      MAX_SUBSIDY,
      'million KRW per MC-month: government subsidy, the reference budget (assumed)',
    ),
    subsidyLevel: nonNegative(
      1,
      MAX_FACTOR,
      'factor: share of the reference subsidy paid (policy lever; 1 = the programme as run)',
    ),
    feePerFirmMonth: nonNegative(
      0,
      MAX_FEE,
      'million KRW per member firm-month: membership fee (policy lever; none in 2005-2010)',
    ),
  },
  'The MC budget: subsidy plus fees.',
);

export const leversSchema = group(
  {
    nonStrategicFirms: z
      .boolean()
      .default(false)
      .describe('switch: firms outside the strategic sector may join (openness lever)'),
    openEventShare: probability(0, 'share: of events open to non-members and members of other MCs (openness lever)'),
    guestsPerOpenEvent: nonNegative(
      4,
      MAX_PER_EVENT,
      'persons: mean guests at an open event, and at every event when the scope is wider than the park (assumed)',
    ),
    scope: z
      .enum(SCOPES)
      .default('park')
      .describe("park | region | national: whom an MC's members can reach by search and events (pan-regional lever)"),
    leadFirmsRequired: z
      .boolean()
      .default(false)
      .describe('switch: large firms are required to join (lead-firm lever)'),
    expertPool: z
      .boolean()
      .default(false)
      .describe('switch: an expert pool and information system lowers the search cost to professors and institutes'),
    expertPoolCostReduction: probability(0.5, 'share: of the search cost removed by the expert pool (assumed)'),
    expertPoolSearchShare: probability(
      0.5,
      'share: of random searches the expert pool turns into searches for a professor or institute in the scope (assumed)',
    ),
    initiative: z
      .boolean()
      .default(false)
      .describe('switch: the national mini-cluster initiative brokers ties across MCs and regions'),
    initiativeBrokerShare: probability(0.2, 'share: of searches the initiative brokers nationwide (assumed)'),
    exitRule: z
      .enum(['none', 'least-efficient', 'goal-reached'])
      .default('none')
      .describe('none | least-efficient | goal-reached: whose government support ends at each evaluation'),
    exitEvery: z
      .number()
      .int()
      .min(1)
      .max(MAX_STEPS)
      .default(12)
      .describe('months: between evaluations of the exit rule'),
    exitShare: probability(0.2, 'share: of supported MCs whose support ends at an evaluation (least-efficient rule)'),
    exitGoalTasksPerMember: nonNegative(
      0.5,
      MAX_PER_EVENT,
      'tasks per member-year: goal at which an MC graduates (goal-reached rule)',
    ),
    activityMix: group(
      {
        projectTeams: weight(
          0.1,
          "share: of an MC's activities spent on joint project teams and working groups (assumed for 2005-2010; Table 4's 68.5% of firms WANT more of them)",
        ),
        seminars: weight(
          0.5,
          'share: on seminars, workshops, policy briefings, councils and committees (assumed; section 2.2 lists them first; Table 4: 47.7% want more)',
        ),
        companyVisits: weight(
          0.2,
          'share: on company visits and firm-to-firm links (assumed, as events.visitShare; Table 4: 34.2% want more)',
        ),
        crossRegion: weight(
          0.05,
          "share: on exchange with other regions' MCs and foreign clusters (assumed; Table 4: 23.1% want more)",
        ),
        online: weight(0.05, 'share: on online networking, the e-cluster portal (assumed; Table 4: 14.4% want more)'),
        communities: weight(0.1, 'share: on voluntary communities (hiking, golf) (assumed; Table 4: 12.1% want more)'),
      },
      "How an MC spends its activities (Table 4's six kinds): shares that must sum to 1; a policy may set them for some regions only.",
    ),
    exitEffort: nonNegative(
      0.25,
      MAX_FACTOR,
      'factor: extra events of a supported MC at risk under the least-efficient rule (in the bottom 2 x exitShare so far in the period): competition between MCs (assumed; not identified)',
    ),
  },
  'Policy levers: their values at step 0; policies change them on a timeline.',
);

export const subGroupsSchema = group(
  {
    everyMonths: count(
      12,
      MAX_STEPS,
      "months: how often the informal sub-groups inside each MC are looked for (at the end of every such period; 12 = each year's end); 0 = never (assumed)",
    ),
    tieTrust: probability(
      0.6,
      'trust 0-1: a tie between two members of the same MC at least this trusted is strong; a sub-group is grown from a member and its strong partners (assumed)',
    ),
    minSize: count(
      5,
      MAX_MEMBERS,
      'members: the fewest members of a sub-group (assumed; working groups of 5-10, the monthly groups of 10 of Cai & Szeidl 2018)',
    ),
    minDensity: probability(0.5, 'share: of the pairs of a sub-group that must be strong ties (assumed)'),
    overlapShare: probability(
      0.5,
      'share: members in common over the larger of two sub-groups found one period apart, at or above which they are the same sub-group (assumed)',
    ),
    monthsToSubMc: count(
      24,
      MAX_STEPS,
      'months: a sub-group that persists this long becomes a sub-MC with its own meetings (assumed; paper, section 3.2.5: SIGs and working groups grow into sub-MCs)',
    ),
    subMcMeetingsPerMonth: nonNegative(
      0,
      MAX_PER_EVENT,
      "meetings per sub-MC-month: Poisson mean of a sub-MC's own meetings, held from its members' own time without a budget; 0 = sub-MCs hold none, the default: no figure of 2005-2010 identifies it and the calibrated default leaves it out (scenarios sub-mcs and subsidy-withdrawal-sub-mcs-meet set 2 and 1; monthly as the groups of Cai & Szeidl 2018, assumed)",
    ),
    attendProb: probability(
      0.5,
      'probability: a member of a sub-MC attends one of its meetings (assumed; a small group its members chose)',
    ),
  },
  'Informal sub-groups and sub-MCs inside the MCs (paper, section 3.2.5; ODD 7.13).',
);

export const metricsSchema = group(
  {
    costlyEvery: z
      .number()
      .int()
      .min(1)
      .max(MAX_STEPS)
      .default(12)
      .describe('steps: interval of the costly metrics (clustering, communities, modularity)'),
    louvainWarmStart: z
      .boolean()
      .default(false)
      .describe(
        'switch: Louvain starts from the partition of the last costly measurement instead of from singletons: faster on large networks, but each partition then depends on the earlier ones (off: every measurement from scratch)',
      ),
  },
  'What is measured and how often.',
);

/**
 * Groups of weights that are divided by their sum (to draw a task kind, to average the factors, to draw a reason):
 * never all 0.
 */
export const WEIGHT_GROUPS: readonly string[] = [
  'tasks.mix',
  'satisfaction.weights',
  'membership.reasons',
  'levers.activityMix',
];

/** Groups of shares that must also sum to 1 (within SHARE_SUM_TOLERANCE), at step 0 and once policies set them. */
export const SHARE_GROUPS: readonly string[] = ['levers.activityMix'];
export const SHARE_SUM_TOLERANCE = 0.01;

export const leverNames = Object.keys(leversSchema.unwrap().shape) as (keyof z.infer<typeof leversSchema>)[];

/**
 * The parameters a phase reads per MC, the only ones a policy may set for some regions only (a policy's `regions`):
 * each MC's subsidy, fee and activity mix (docs/ODD.md 7.1).
 */
export const REGION_SCOPED_PARAMS = [
  'budget.subsidyLevel',
  'budget.feePerFirmMonth',
  'levers.activityMix.projectTeams',
  'levers.activityMix.seminars',
  'levers.activityMix.companyVisits',
  'levers.activityMix.crossRegion',
  'levers.activityMix.online',
  'levers.activityMix.communities',
] as const;
export type RegionScopedParam = (typeof REGION_SCOPED_PARAMS)[number];

const policyStep = z
  .number()
  .int()
  .min(0)
  .max(MAX_STEPS)
  .meta({ title: 'a step (an integer)', description: 'step: 1 is January of startYear; 0 acts from step 1 too' });

const policyMonth = z
  .string()
  .regex(MONTH_PATTERN, { error: 'expected a month YYYY-MM with MM from 01 to 12 (e.g. 2012-04)' })
  .meta({
    title: 'a month YYYY-MM',
    description: 'month YYYY-MM: from January of startYear (step 1) on; read as the step of that month',
  });

/**
 * When a policy takes effect: a step, or a month that the scenario's schema turns into its step (resolvePolicyMonths
 * below), so that every reader after parsing sees a step. Typed as the step it becomes.
 */
const policyAt = z
  .union([policyStep, policyMonth])
  .describe('step or month YYYY-MM: when the policy takes effect') as unknown as z.ZodType<number, number | string>;

export const policySchema = z
  .strictObject({
    at: policyAt,
    set: z
      .record(z.string(), z.union([z.number(), z.boolean(), z.string()]))
      .describe('parameter path (e.g. levers.scope, budget.subsidyLevel) to its new value'),
    regions: z
      .array(z.enum(REGION_IDS))
      .min(1)
      .max(REGION_IDS.length)
      .optional()
      .describe(
        `list of region ids: set the values only in these regions' MCs (only ${REGION_SCOPED_PARAMS.join(', ')}); all regions if absent`,
      ),
    rampSteps: z
      .number()
      .int()
      .min(0)
      .max(MAX_STEPS)
      .default(0)
      .describe('steps: numeric values move linearly to the new value over this many steps (0 = at once)'),
    label: z.string().max(MAX_NAME_LENGTH).optional().describe('a name for the policy in outputs'),
  })
  .describe('A change of parameters at a step or month, everywhere or in some regions.');

/** The first and last months a policy may name: step 1 and MAX_STEPS of a run starting in startYear. */
function monthProblem(startYear: number, month: string): string | undefined {
  const step = monthStep(startYear, month);
  if (step === undefined) return undefined;
  if (step < 1) return `expected a month from ${stepDate(startYear, 1)} (step 1, January of startYear ${startYear})`;
  if (step > MAX_STEPS)
    return `expected a month up to ${stepDate(startYear, MAX_STEPS)} (step ${MAX_STEPS}, the longest run)`;
  return undefined;
}

/** Months given as a policy's `at` that lie before the run or past MAX_STEPS (malformed ones fail the pattern). */
function checkPolicyMonths(
  scenario: { startYear: number; policies: { at: unknown }[] },
  ctx: z.core.$RefinementCtx,
): void {
  // Zod runs this check after problems it can continue past: read a month only with a startYear in its bounds.
  const { startYear, policies } = scenario;
  if (!Number.isInteger(startYear) || startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) return;
  if (!Array.isArray(policies)) return;
  policies.forEach((policy, k) => {
    if (typeof policy?.at !== 'string') return;
    const problem = monthProblem(startYear, policy.at);
    if (problem) ctx.addIssue({ code: 'custom', path: ['policies', k, 'at'], message: problem, input: policy.at });
  });
}

/** Every policy's `at` as a step: a month becomes the step of that month (the one place months are resolved). */
function resolvePolicyMonths<S extends { startYear: number; policies: { at: number }[] }>(scenario: S): S {
  const at = (value: unknown) =>
    typeof value === 'string' ? monthStep(scenario.startYear, value)! : (value as number);
  if (!Array.isArray(scenario.policies) || !scenario.policies.some((p) => typeof (p?.at as unknown) === 'string'))
    return scenario;
  return { ...scenario, policies: scenario.policies.map((p) => ({ ...p, at: at(p.at) })) };
}

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().max(2000).optional().describe('the JSON Schema this file follows (for editors)'),
    name: z
      .string()
      .min(1)
      .max(MAX_NAME_LENGTH)
      .default('default')
      .describe("the scenario's name, used in output folder names"),
    description: z.string().max(MAX_DESCRIPTION_LENGTH).default('').describe('what the scenario asks'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .default(1)
      .describe('integer: the seed of the run (runs of an ensemble derive theirs from it)'),
    steps: z.number().int().min(1).max(MAX_STEPS).default(120).describe('months: simulated (120 = 2005-2014)'),
    startYear: z
      .number()
      .int()
      .min(MIN_START_YEAR)
      .max(MAX_START_YEAR)
      .default(2005)
      .describe('year: the calendar year of step 1 (the programme began in 2005)'),
    population: populationSchema,
    initialNetwork: initialNetworkSchema,
    events: eventsSchema,
    search: searchSchema,
    cost: costSchema,
    tieFormation: tieFormationSchema,
    tasks: tasksSchema,
    trust: trustSchema,
    decay: decaySchema,
    satisfaction: satisfactionSchema,
    membership: membershipSchema,
    budget: budgetSchema,
    levers: leversSchema,
    subGroups: subGroupsSchema,
    metrics: metricsSchema,
    policies: z.array(policySchema).max(MAX_POLICIES).default([]).describe('the policy timeline'),
  })
  .superRefine(checkPolicyMonths)
  .overwrite(resolvePolicyMonths)
  .describe('A clustersim scenario.');

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Params = Omit<Scenario, 'policies' | 'name' | 'description' | '$schema'>;
export type Policy = z.infer<typeof policySchema>;
export type KindName = (typeof KIND_NAMES)[number];
export type TaskKind = (typeof TASK_KINDS)[number];
export type RegionId = (typeof REGION_IDS)[number];
export type Scope = (typeof SCOPES)[number];
