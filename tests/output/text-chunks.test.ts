// Long texts joined chunk by chunk: the same text as one join, whatever the number of pieces, with or without a
// separator.
import { describe, expect, it } from 'vitest';
import { textBuilder } from '../../src/output/text-chunks.js';

describe('textBuilder', () => {
  it('gives an empty text for no pieces, and one piece as it is', () => {
    expect(textBuilder('\n').text()).toBe('');
    const one = textBuilder('\n');
    one.push('a');
    expect(one.text()).toBe('a');
  });

  it('joins any number of pieces as one join would, across and at chunk boundaries', () => {
    for (const count of [255, 256, 257, 512, 1000]) {
      for (const separator of ['', '\n']) {
        const pieces = Array.from({ length: count }, (_, i) => `p${i}`);
        const builder = textBuilder(separator);
        pieces.forEach((p) => builder.push(p));
        expect(builder.text()).toBe(pieces.join(separator));
      }
    }
  });
});
