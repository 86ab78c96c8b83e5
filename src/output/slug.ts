// Names that become parts of paths (a scenario's name, a targets file's name) as safe slugs: letters of any script,
// digits, '.', '_' and '-' only, never starting with a dot, never empty, never longer than a folder name should be. A
// slug can hold no path separator, so it cannot leave the folder it is joined to; the original name stays in the
// manifest.
import { createHash } from 'node:crypto';

/**
 * The longest slug, in characters; longer names are cut and end with a short hash of the whole name, so they stay
 * distinct.
 */
export const MAX_SLUG = 80;

/** Names Windows reserves for devices, whatever their extension; a slug never is one. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export function slug(name: string, fallback = 'unnamed'): string {
  let text = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '');
  if (text === '') text = fallback;
  if (RESERVED.test(text)) text = `_${text}`;
  if (text.length > MAX_SLUG) {
    const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
    text = `${text.slice(0, MAX_SLUG - 9).replace(/[.-]+$/, '')}-${hash}`;
  }
  return text;
}

/** Several names joined into one slug (compare-a-vs-b), cut like a single one. */
export function joinSlugs(names: readonly string[], separator = '-vs-'): string {
  return slug(names.map((n) => slug(n)).join(separator));
}
