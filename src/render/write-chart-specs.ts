// Writes chart specs as DIR/charts/<name>.vl.json, replacing the charts folder as a whole (atomically), so no stale
// chart stays.
import { join } from 'node:path';
import { chartFiles } from '../charts/stringify.js';
import type { ChartSpecs } from '../charts/types.js';
import { writeFolderAtomically } from '../output/atomic.js';

export const CHARTS_FOLDER = 'charts';

export async function writeChartSpecs(dir: string, specs: ChartSpecs): Promise<string> {
  const folder = join(dir, CHARTS_FOLDER);
  await writeFolderAtomically(folder, chartFiles(specs, ''), { kind: 'charts', command: 'charts' });
  return folder;
}
