// Long texts built from many short pieces (the GEXF and GraphML writers): pieces are joined into chunks as they come,
// so that each short piece dies young instead of living, with all the others, until one join at the end.

const CHUNK_PIECES = 256;

export interface TextBuilder {
  push(piece: string): void;
  /** All pieces so far, with the separator between them. */
  text(): string;
}

export function textBuilder(separator = ''): TextBuilder {
  const chunks: string[] = [];
  let pieces: string[] = [];
  return {
    push(piece) {
      pieces.push(piece);
      if (pieces.length === CHUNK_PIECES) {
        chunks.push(pieces.join(separator));
        pieces = [];
      }
    },
    text: () => (pieces.length > 0 ? [...chunks, pieces.join(separator)] : chunks).join(separator),
  };
}
