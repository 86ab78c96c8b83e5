// Long texts made of many short pieces (the GEXF and GraphML writers), streamed: pieces are joined into chunks of a few
// hundred as they come, and each chunk is written before the next is made, so the whole text is never held at once.

const CHUNK_PIECES = 256;

/** A long text made on demand as chunks, each time chunks() is called: written to a file chunk by chunk. */
export interface TextStream {
  chunks(): Iterable<string>;
}

/** The pieces joined CHUNK_PIECES at a time. */
export function* chunked(pieces: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  for (const piece of pieces) {
    batch.push(piece);
    if (batch.length === CHUNK_PIECES) {
      yield batch.join('');
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/** A text stream of the pieces that `pieces()` gives afresh on each call. */
export function textStream(pieces: () => Iterable<string>): TextStream {
  return { chunks: () => chunked(pieces()) };
}

export function isTextStream(value: unknown): value is TextStream {
  return typeof value === 'object' && value !== null && typeof (value as TextStream).chunks === 'function';
}

/** The whole text of a stream, as one string (for tests and for callers that want the text). */
export function streamedText(stream: TextStream): string {
  return [...stream.chunks()].join('');
}
