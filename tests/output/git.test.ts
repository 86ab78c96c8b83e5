// The git commit read from .git without starting git: a plain checkout (loose ref, packed ref, detached HEAD), a
// worktree (.git file, commondir), and no checkout at all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitCommit, packageRoot } from '../../src/output/git.js';
import { tempFolder } from '../helpers/temp.js';

const root = tempFolder('clustersim-git-');
const A = 'a'.repeat(40);
const B = '0123456789abcdef0123456789abcdef01234567';

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('output/git: not a checkout, or one that cannot be read', () => {
  it('gives undefined without .git, with a HEAD naming a missing ref, and with a ref that climbs out', () => {
    mkdirSync(join(root, 'plain'));
    expect(gitCommit(join(root, 'plain'))).toBeUndefined();
    write(join(root, 'missing', '.git', 'HEAD'), 'ref: refs/heads/gone\n');
    expect(gitCommit(join(root, 'missing'))).toBeUndefined();
    write(join(root, 'climb', '.git', 'HEAD'), 'ref: ../../../etc/passwd\n');
    expect(gitCommit(join(root, 'climb'))).toBeUndefined();
    write(join(root, 'garbage', '.git'), 'not a gitdir line\n');
    expect(gitCommit(join(root, 'garbage'))).toBeUndefined();
  });
});

describe('output/git', () => {
  it('reads a loose ref, a packed ref and a detached HEAD', () => {
    write(join(root, 'loose', '.git', 'HEAD'), 'ref: refs/heads/main\n');
    write(join(root, 'loose', '.git', 'refs', 'heads', 'main'), `${A}\n`);
    expect(gitCommit(join(root, 'loose'))).toBe(A);
    write(join(root, 'packed', '.git', 'HEAD'), 'ref: refs/heads/main\n');
    write(
      join(root, 'packed', '.git', 'packed-refs'),
      `# pack-refs with: peeled\n${A} refs/heads/other\n${B} refs/heads/main\n`,
    );
    expect(gitCommit(join(root, 'packed'))).toBe(B);
    write(join(root, 'detached', '.git', 'HEAD'), `${B}\n`);
    expect(gitCommit(join(root, 'detached'))).toBe(B);
  });

  it("reads a worktree's HEAD through its .git file, and its branch from the common folder", () => {
    write(join(root, 'main', '.git', 'refs', 'heads', 'feature'), `${B}\n`);
    write(join(root, 'main', '.git', 'worktrees', 'wt', 'HEAD'), 'ref: refs/heads/feature\n');
    write(join(root, 'main', '.git', 'worktrees', 'wt', 'commondir'), '../..\n');
    write(join(root, 'wt', '.git'), `gitdir: ${join(root, 'main', '.git', 'worktrees', 'wt')}\n`);
    expect(gitCommit(join(root, 'wt'))).toBe(B);
  });

  it("finds clustersim's package folder above this module", () => {
    expect(packageRoot()).toBe(process.cwd());
  });
});
