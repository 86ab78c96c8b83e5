// How outputs name a scenario that the command line changed: its name, with the count of --set overrides, so that a
// "baseline" run with other values is never shown as the baseline.

/** Overrides that choose a run rather than change the scenario: the seed (every output records it apart). */
const NOT_MODIFYING = /^\s*seed\s*=/;

/** The overrides (path=value) that change a scenario: every one but the seed. */
export function modifyingOverrides(overrides: readonly string[]): string[] {
  return overrides.filter((o) => !NOT_MODIFYING.test(o));
}

/** "baseline", or "baseline (modified: 2 overrides)" when overrides change it. */
export function scenarioLabel(name: string, overrides: readonly string[] = []): string {
  const n = modifyingOverrides(overrides).length;
  return n === 0 ? name : `${name} (modified: ${n} override${n === 1 ? '' : 's'})`;
}
