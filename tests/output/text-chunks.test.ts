// Long texts streamed chunk by chunk: the same text as one join, whatever the number of pieces; made afresh on each
// read; never more than one chunk of pieces at a time.
import { describe, expect, it } from 'vitest';
import { chunked, isTextStream, streamedText, textStream } from '../../src/output/text-chunks.js';

describe('chunked and textStream', () => {
  it('gives no chunk for no pieces, and one piece as it is', () => {
    expect([...chunked([])]).toEqual([]);
    expect(streamedText(textStream(() => []))).toBe('');
    expect([...chunked(['a'])]).toEqual(['a']);
  });

  it('joins any number of pieces as one join would, across and at chunk boundaries', () => {
    for (const count of [255, 256, 257, 512, 1000]) {
      const pieces = Array.from({ length: count }, (_, i) => `p${i}\n`);
      const chunks = [...chunked(pieces)];
      expect(chunks).toHaveLength(Math.ceil(count / 256));
      expect(chunks.join('')).toBe(pieces.join(''));
    }
  });

  it('asks for the pieces only as chunks are read, and afresh on each read', () => {
    let made = 0;
    function* pieces() {
      for (let i = 0; i < 1000; i++) {
        made++;
        yield String(i % 10);
      }
    }
    const stream = textStream(pieces);
    const reader = stream.chunks()[Symbol.iterator]();
    reader.next();
    expect(made).toBe(256);
    expect(streamedText(stream)).toHaveLength(1000);
    expect(streamedText(stream)).toBe(streamedText(stream));
  });

  it('tells a stream from text and bytes', () => {
    expect(isTextStream(textStream(() => ['a']))).toBe(true);
    expect(isTextStream('a')).toBe(false);
    expect(isTextStream(new Uint8Array(2))).toBe(false);
    expect(isTextStream(null)).toBe(false);
  });
});
