// The git commit of the clustersim checkout that is running, for manifests: read from .git (HEAD, the ref it names,
// packed-refs; worktrees through their gitdir and commondir files) without starting git; undefined when clustersim does
// not run from a git checkout (an installed package) or the files cannot be read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The folder of clustersim's package.json above this module (src/output or dist/src/output), or undefined. */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = from;
  for (let up = 0; up < 6; up++) {
    const file = join(dir, 'package.json');
    try {
      if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'clustersim')
        return dir;
    } catch {
      return undefined;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

const read = (file: string) => readFileSync(file, 'utf8').trim();

/** The git folder of a checkout: `.git` itself, or the folder a `.git` file (a worktree's) points to. */
function gitDir(root: string): string | undefined {
  const dotGit = join(root, '.git');
  if (!existsSync(dotGit)) return undefined;
  if (statSync(dotGit).isDirectory()) return dotGit;
  const match = /^gitdir:\s*(.+)$/m.exec(read(dotGit));
  if (!match) return undefined;
  return isAbsolute(match[1]) ? match[1] : resolve(root, match[1]);
}

/** The commit a ref names, from its loose file (in the worktree's or the common git folder) or packed-refs. */
function resolveRef(ref: string, dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    const loose = join(dir, ref);
    if (existsSync(loose)) {
      const hash = read(loose);
      if (HASH.test(hash)) return hash;
    }
  }
  for (const dir of dirs) {
    const packed = join(dir, 'packed-refs');
    if (!existsSync(packed)) continue;
    for (const line of readFileSync(packed, 'utf8').split('\n')) {
      const [hash, name] = line.trim().split(/\s+/);
      if (name === ref && HASH.test(hash)) return hash;
    }
  }
  return undefined;
}

/** The commit checked out at `root` (default: clustersim's package folder), or undefined. */
export function gitCommit(root = packageRoot()): string | undefined {
  if (!root) return undefined;
  try {
    const dir = gitDir(root);
    if (!dir) return undefined;
    const head = read(join(dir, 'HEAD'));
    if (HASH.test(head)) return head;
    const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
    if (!ref || ref.split('/').includes('..')) return undefined;
    const common = existsSync(join(dir, 'commondir')) ? resolve(dir, read(join(dir, 'commondir'))) : dir;
    return resolveRef(ref, [dir, common]);
  } catch {
    return undefined;
  }
}
