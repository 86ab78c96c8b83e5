// The page's levers on a scenario: reading them from its parameters and policies, and writing them back, as the lever
// registry says. Shared by the page (to show a scenario's levers) and the worker (to build and change the model); no
// engine imports.
import { getPath, setPath } from '../scenario/params-path.js';
import type { Policy, Scenario } from '../scenario/schema.js';
import {
  LEVERS,
  type Lever,
  type LeverSettings,
  type PresetControl,
  type TimedControl,
  type WhereControl,
} from './lever-registry.js';

type Params = Record<string, unknown>;
type TimedLever = Lever & { control: TimedControl };
type PresetLever = Lever & { control: PresetControl };
type WhereLever = Lever & { control: WhereControl };

export const isTimed = (lever: Lever): lever is TimedLever => lever.control.kind === 'timed';
export const isPreset = (lever: Lever): lever is PresetLever => lever.control.kind === 'preset';
export const isWhere = (lever: Lever): lever is WhereLever => lever.control.kind === 'where';

/** The lever that says where a timed lever's policy applies, if there is one. */
export const whereOf = (timed: TimedLever): WhereLever | undefined =>
  LEVERS.filter(isWhere).find((l) => l.control.timed === timed.key);

/** The timed lever whose policy a where lever places. */
export const timedOf = (where: WhereLever): TimedLever =>
  LEVERS.filter(isTimed).find((l) => l.key === where.control.timed)!;

/**
 * The policy of a timed lever set to a step: at that step, its parameter takes the lever's value, in every region or
 * (`where` a region id) only in that region's MCs.
 */
export function timedPolicy(lever: TimedLever, at: number, where = 'all'): Policy {
  const policy: Policy = {
    at,
    set: { [lever.path]: lever.control.sets },
    rampSteps: 0,
    label: lever.control.policyLabel,
  };
  if (where !== 'all') policy.regions = [where as NonNullable<Policy['regions']>[number]];
  return policy;
}

/** The option of a preset lever whose values the parameters hold, or null when they hold none of them. */
export function presetIn(lever: PresetLever, params: Params): string | null {
  const matches = (sets: Readonly<Record<string, number>>) =>
    Object.entries(sets).every(([path, value]) => Math.abs((getPath(params, path) as number) - value) < 1e-9);
  return lever.control.options.find((o) => matches(o.sets))?.value ?? null;
}

/** Writes the values of a preset lever's option into the parameters (null: leaves them as they are). */
export function setPreset(lever: PresetLever, params: Params, value: string | null): void {
  const option = lever.control.options.find((o) => o.value === value);
  if (option) for (const [path, v] of Object.entries(option.sets)) setPath(params, path, v);
}

/**
 * The scenario with the levers set: their parameters replaced (a preset's option: all of its values), each timed
 * lever's policy added when it is set, in the region its where lever names.
 */
export function scenarioWithLevers(scenario: Scenario, levers: LeverSettings): Scenario {
  const copy = structuredClone(scenario);
  for (const lever of LEVERS) {
    const value = levers[lever.key];
    if (isWhere(lever)) continue;
    if (isPreset(lever)) {
      setPreset(lever, copy as unknown as Params, value as string | null);
      continue;
    }
    if (!isTimed(lever)) {
      setPath(copy as unknown as Params, lever.path, value);
      continue;
    }
    const where = whereOf(lever);
    copy.policies = copy.policies.filter((p) => p.label !== lever.control.policyLabel);
    if (value !== null) copy.policies.push(timedPolicy(lever, value as number, where && (levers[where.key] as string)));
  }
  return copy;
}

/** The levers of a scenario (or of a running model's current parameters and policies). */
export function leversOf(source: { policies: Policy[] } & ({ params: unknown } | Scenario)): LeverSettings {
  const params = ('params' in source ? source.params : source) as Params;
  const policyOf = (timed: TimedLever) => source.policies.find((p) => p.label === timed.control.policyLabel);
  const read = (lever: Lever): unknown => {
    if (isTimed(lever)) return policyOf(lever)?.at ?? null;
    if (isWhere(lever)) return policyOf(timedOf(lever))?.regions?.[0] ?? 'all';
    if (isPreset(lever)) return presetIn(lever, params);
    return getPath(params, lever.path);
  };
  return Object.fromEntries(LEVERS.map((lever) => [lever.key, read(lever)])) as LeverSettings;
}
