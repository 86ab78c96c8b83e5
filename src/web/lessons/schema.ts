// A guided lesson as a file of lessons/: a question, the student's prediction among choices, a run to a month, the
// marked moment to look at, an explanation from the model's mechanisms (an ODD section), and a follow-up to try;
// every text in each language of the page. Validated with zod like a scenario; the levers are checked against the
// lever registry, so a lesson can only set what the page's controls can show.
import { z } from 'zod';
import { MAX_STEPS } from '../../scenario/schema.js';
import { LEVERS, type Lever, type LeverSettings } from '../lever-registry.js';

/** A text in every language of the page. */
const text = z
  .strictObject({ en: z.string().trim().min(1).max(2000), ko: z.string().trim().min(1).max(2000) })
  .describe('the text in English (en) and Korean (ko)');

/** The values a lever's control can hold, as the lever registry says. */
function leverValue(lever: Lever): z.ZodType {
  const c = lever.control;
  switch (c.kind) {
    case 'slider':
      return z.number().min(c.min).max(c.max);
    case 'switch':
      return z.boolean();
    case 'choice':
      return z.enum(c.options.map((o) => o.value) as [string, ...string[]]);
    case 'timed':
      return z.number().int().min(0).max(MAX_STEPS).nullable();
    case 'preset':
      return z.enum(c.options.map((o) => o.value) as [string, ...string[]]).nullable();
    case 'where':
      return z.enum(c.options.map((o) => o.value) as [string, ...string[]]);
  }
}

/** Some of the page's levers: each key a lever of the registry, each value one its control can hold. */
const leverSettings = z
  .strictObject(Object.fromEntries(LEVERS.map((l) => [l.key, leverValue(l).optional()])))
  .describe('levers of the page (lever-registry.ts) and their values');

export const lessonSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,60}$/, 'expected lower-case letters, digits and dashes')
      .describe('the lesson in links (?lesson=id)'),
    title: text,
    scenario: z
      .string()
      .min(1)
      .max(200)
      .describe('the page scenario to start from: preset:classroom, scenarios/x.yaml'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
    levers: leverSettings.default({}).describe('levers set before the run, over the scenario’s own'),
    compare: leverSettings
      .optional()
      .describe('a second run, the same but for these levers, drawn dashed over the first'),
    question: text,
    choices: z.array(text).min(2).max(5).describe('the answers a student can predict'),
    runTo: z.number().int().min(1).max(MAX_STEPS).describe('the month the run stops at'),
    look: z.strictObject({ at: z.number().int().min(0).max(MAX_STEPS), what: text }).describe('the marked moment'),
    explain: text,
    odd: z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'expected a section number of docs/ODD.md, such as 7.3')
      .describe('the section of docs/ODD.md the explanation comes from'),
    followUp: text,
  })
  .refine((lesson) => lesson.look.at <= lesson.runTo, {
    path: ['look', 'at'],
    message: 'expected a month at or before runTo: the run must reach the moment to look at',
  });

export type Lesson = z.infer<typeof lessonSchema> & {
  levers: Partial<LeverSettings>;
  compare?: Partial<LeverSettings>;
};
export type LessonText = Lesson['title'];

/** What the page embeds: the lessons, in file name order. */
export interface EmbeddedLessons {
  lessons: Lesson[];
}
