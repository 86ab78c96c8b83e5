// The targets file: observed figures of the paper, each with its source, its simulated counterpart, a tolerance and its
// role (an input the model is built from, a fitted target, or a held-out one); the virtual survey that measures Tables
// 5 and 6; and the figures the model does not speak to, with the reason (some shown beside the model's value, not
// tested). Validated with zod.
import { z } from 'zod';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, MAX_STEPS, MAX_WEIGHT } from '../../scenario/schema.js';
import { SURVEY_STATS } from '../../metrics/measures.js';
import { PANEL_COLUMNS } from '../../metrics/panel.js';

/** The most targets, and the most untargeted figures, in a file (the project's file has 30 and 10). */
export const MAX_TARGETS = 1000;
/** Characters of a source, a figure or a reason. */
const MAX_SOURCE_LENGTH = 1000;
/** Members a survey samples (the paper's survey has 890 respondents). */
const MAX_RESPONDENTS = 1_000_000_000;

const step = z.number().int().min(0).max(MAX_STEPS);
const year = z.number().int().min(1900).max(2400);
const text = (max: number) => z.string().min(1).max(max);

export const toleranceSchema = z
  .strictObject({
    relative: z.number().gt(0).max(100).optional().describe('share of the observed value, e.g. 0.15 for 15%'),
    absolute: z.number().min(0).optional().describe('in the unit of the observed value'),
  })
  .describe('how far the simulated mean may be from the observed value: exactly one of relative or absolute');

export const simulatedSchema = z
  .strictObject({
    at: z.string().optional().describe('a recorder column, read at `step`'),
    step: step.optional(),
    sum: z.string().optional().describe('a recorder column, summed over steps from..to or over a calendar year'),
    share: z.string().optional().describe('a recorder column summed over the steps, divided by the sum of column `of`'),
    of: z.string().optional(),
    from: step.optional(),
    to: step.optional(),
    year: year.optional().describe('the calendar year whose 12 steps are summed'),
    survey: z.enum(SURVEY_STATS).optional().describe('a statistic of the virtual survey'),
    panel: z
      .enum(PANEL_COLUMNS)
      .optional()
      .describe(
        "a firm's ties (to experts, or to firms), read at `step`, averaged over the firms that are members at `panelStep`",
      ),
    panelStep: step.optional().describe('the step whose member firms form the panel'),
    acceleration: z
      .string()
      .optional()
      .describe('a recorder column summed per calendar year: mean yearly increase after splitYear minus up to it'),
    fromYear: year.optional(),
    splitYear: year.optional(),
    toYear: year.optional(),
  })
  .describe('the simulated counterpart: exactly one of at, sum, share, survey, panel or acceleration');

/**
 * What a target is for: `input`, data the model is built from (a parameter is set to it: shown, never counted as a
 * test); `fitted`, an outcome `calibrate` fits; `heldout`, an outcome `calibrate` never uses.
 */
export const TARGET_ROLES = ['input', 'fitted', 'heldout'] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];

export const targetSchema = z.strictObject({
  id: z
    .string()
    .max(MAX_NAME_LENGTH)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes'),
  description: text(MAX_DESCRIPTION_LENGTH),
  source: text(MAX_SOURCE_LENGTH).describe('where the paper gives the figure, e.g. "Table 3, 2004"'),
  observed: z.number(),
  tolerance: toleranceSchema,
  simulated: simulatedSchema,
  role: z
    .enum(TARGET_ROLES)
    .describe('input (a parameter is set to the figure: shown, not a test), fitted (calibrate uses it) or heldout'),
  why: text(MAX_DESCRIPTION_LENGTH)
    .optional()
    .describe(
      'fitted and heldout (required): why the figure is an outcome of the dynamics, not met by setting a parameter to it; input: which parameter carries it',
    ),
  weight: z.number().min(0).max(MAX_WEIGHT).default(1).describe('weight in the calibration distance'),
});

const correlation = z.number().min(-1).max(1);

export const surveySchema = z.strictObject({
  step: step.describe('the step of the survey (62 = February 2010)'),
  respondents: z
    .union([z.number().int().min(1).max(MAX_RESPONDENTS), z.literal('all')])
    .default(890)
    .describe('members sampled (890 in the paper), or all'),
  nonJoinerRespondents: z
    .union([z.number().int().min(0).max(MAX_RESPONDENTS), z.literal('all')])
    .default(130)
    .describe('park firms that stay out, sampled (130 in the paper), or all'),
  likert: z.boolean().default(true),
  referenceCorrelations: z
    .strictObject({
      openness: correlation,
      skilledPeople: correlation,
      selfReliance: correlation,
      communityCooperation: correlation,
      jointIur: correlation,
    })
    .optional()
    .describe('the observed correlations of satisfaction with the five factors, for order statistics'),
});

export const untargetedSchema = z.strictObject({
  source: text(MAX_SOURCE_LENGTH),
  figure: text(MAX_SOURCE_LENGTH),
  reason: text(MAX_DESCRIPTION_LENGTH),
  observed: z.number().optional().describe('the figure, to show beside the simulated mean (with simulated)'),
  simulated: simulatedSchema
    .optional()
    .describe("the model's counterpart, shown beside the figure and never tested (with observed)"),
});

export const targetsFileSchema = z.strictObject({
  $schema: z.string().max(2000).optional(),
  name: text(MAX_NAME_LENGTH),
  description: z.string().max(MAX_DESCRIPTION_LENGTH).default(''),
  source: text(MAX_SOURCE_LENGTH).describe('the publication the figures come from'),
  survey: surveySchema.optional(),
  targets: z.array(targetSchema).min(1).max(MAX_TARGETS),
  untargeted: z.array(untargetedSchema).max(MAX_TARGETS).default([]),
});

export type TargetsFile = z.infer<typeof targetsFileSchema>;
export type TargetEntry = z.infer<typeof targetSchema>;
export type Tolerance = z.infer<typeof toleranceSchema>;
export type SimulatedEntry = z.infer<typeof simulatedSchema>;
export type UntargetedEntry = z.infer<typeof untargetedSchema>;
