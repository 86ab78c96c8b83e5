// Names that become parts of paths: no separator, no leading dot, no traversal, never empty, bounded, distinct when
// cut.
import { describe, expect, it } from 'vitest';
import { joinSlugs, MAX_SLUG, slug } from '../../src/output/slug.js';

describe('slug of hostile names', () => {
  it('cannot leave the folder it is joined to', () => {
    expect(slug('../../evil')).toBe('evil');
    expect(slug('..')).toBe('unnamed');
    expect(slug('/etc/passwd')).toBe('etc-passwd');
    expect(slug('a/../../b')).toBe('a-..-..-b');
    expect(slug('C:\\Windows\\System32')).toBe('C-Windows-System32');
    expect(slug('.hidden')).toBe('hidden');
    expect(slug('name\0with\nbreaks')).toBe('name-with-breaks');
  });

  it('is never empty nor a reserved device name', () => {
    expect(slug('')).toBe('unnamed');
    expect(slug('   ')).toBe('unnamed');
    expect(slug('///', 'compare')).toBe('compare');
    expect(slug('con')).toBe('_con');
    expect(slug('NUL.txt')).toBe('_NUL.txt');
  });

  it('cuts long names to MAX_SLUG characters, ending with a hash that keeps different names apart', () => {
    const a = slug('x'.repeat(300));
    const b = slug('x'.repeat(299) + 'y');
    expect(a.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(a).toMatch(/^x+-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

describe('slug', () => {
  it('keeps letters of any script, digits, dots, dashes and underscores', () => {
    expect(slug('baseline')).toBe('baseline');
    expect(slug('subsidy-phased_withdrawal.v2')).toBe('subsidy-phased_withdrawal.v2');
    expect(slug('강원 교실')).toBe('강원-교실');
    expect(slug('open networks (2011)')).toBe('open-networks-2011');
  });

  it('joins several names with -vs-', () => {
    expect(joinSlugs(['baseline', '../fees'])).toBe('baseline-vs-fees');
  });
});
