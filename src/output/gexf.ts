// The network as GEXF 1.3 for Gephi, written by graphology-gexf from the model's graphology view.
import * as gexfModule from 'graphology-gexf';
import type { AbstractGraph } from 'graphology-types';

interface GexfWriter {
  write(graph: AbstractGraph, options?: { version?: '1.2' | '1.3'; pretty?: boolean }): string;
}
// Under NodeNext the CommonJS default export arrives as .default.
const gexf = ((gexfModule as unknown as { default?: GexfWriter }).default ?? gexfModule) as GexfWriter;

export function toGexf(graph: AbstractGraph): string {
  return gexf.write(graph, { version: '1.3', pretty: false });
}
