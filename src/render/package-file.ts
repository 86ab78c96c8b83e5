// Finds files shipped inside installed npm packages (browser builds, fonts) by walking up from this module to
// node_modules; package "exports" maps hide these files from require.resolve.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of `file` inside package `name`; throws if the package is not installed. */
export function packageFile(name: string, file: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', name, file);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(
        `render/package-file: cannot find ${name}/${file} in any node_modules above ${fileURLToPath(import.meta.url)}`,
      );
    dir = parent;
  }
}
