// A run's result as one line of JSON in a shard's runs.jsonl, and back: exactly the same numbers (JSON gives back every
// finite double; NaN, the infinities and -0, which JSON would lose, are written as {"$n": "NaN"} and the like).
import type { JobResult } from '../ensemble/job.js';

const SPECIAL = '$n';

function encode(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0)))
    return { [SPECIAL]: Object.is(value, -0) ? '-0' : String(value) };
  return value;
}

function decode(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === SPECIAL) return Number((value as Record<string, string>)[SPECIAL]);
  }
  return value;
}

/** The parts of a result that a command's outputs read back; the rest (the engine's summary) stays out. */
export type ResultPart = 'outcomes' | 'rows' | 'snapshot' | 'survey' | 'measures';

export function resultLine(result: JobResult, parts: readonly ResultPart[]): string {
  const kept: Partial<JobResult> = { seed: result.seed };
  for (const part of parts) if (result[part] !== undefined) (kept as Record<string, unknown>)[part] = result[part];
  return JSON.stringify(kept, encode);
}

/** A result from its line; `index` is its place in the plan. */
export function parseResultLine(line: string, index: number): JobResult {
  const parsed = JSON.parse(line, decode) as Partial<JobResult>;
  return { ...parsed, rows: parsed.rows ?? [], seed: String(parsed.seed), outcomes: parsed.outcomes ?? {}, index };
}
