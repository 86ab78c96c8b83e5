// The YAML parser (the yaml package), loaded on first use: a run of the built-in default scenario, whose arguments are
// plain integers at most, never needs it, and loading it took about a tenth of such a run's start.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
let loaded: Yaml | undefined;

/** The yaml package, loaded the first time it is asked for. */
export function yaml(): Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as Yaml;
  return loaded;
}
