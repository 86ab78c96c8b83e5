// The ODD's geography (section 2.3), from model/geography.ts and the MCs of the model: the regions with their MCs,
// parks and sectors, how many parks and sectors that makes, and which sectors the assignment rule gives each park.
import { PARKS, REGIONS, SECTORS } from '../model/geography.js';
import { cell } from './params-table.js';
import { count, listing } from './format.js';
import type { OddSource } from './odd-source.js';

/** Section 2.3: Table 1's regions as the code holds them. */
export function regionsTable(): string {
  const lines = [
    `The ${REGIONS.length} regions of Table 1 hold ${count(REGIONS.reduce((n, r) => n + r.mcs, 0))} MCs:`,
    '',
    '| region | `population.regions` id | MCs | parks (assumed) | sectors (Table 1) |',
    '|---|---|---|---|---|',
  ];
  for (const r of REGIONS)
    lines.push(
      `| ${cell(r.name)} | \`${r.id}\` | ${r.mcs} | ${cell(r.parks.join(', '))} | ${cell(r.sectors.join('; '))} |`,
    );
  return lines.join('\n');
}

/** Section 2.3: the numbers of parks and sectors, and the sectors in index order. */
export function sectorsText(): string {
  return (
    `That makes ${PARKS.length} parks and ${SECTORS.length} distinct sectors. The sector index follows the order of ` +
    `first mention above: ${SECTORS.join(', ')}.`
  );
}

/** Section 2.3: the MCs of each simulated park by sector, as the assignment rule lays them out in the model. */
export function parkSectorsTable(source: OddSource): string {
  const { mcs } = source.model;
  const byPark = new Map<number, Map<number, number>>();
  for (let c = 0; c < mcs.count; c++) {
    const sectors = byPark.get(mcs.park[c]) ?? new Map<number, number>();
    sectors.set(mcs.sector[c], (sectors.get(mcs.sector[c]) ?? 0) + 1);
    byPark.set(mcs.park[c], sectors);
  }
  const regionOf = (park: number) => REGIONS.find((r) => r.parks.includes(PARKS[park]))?.id ?? '';
  const lines = ['| park | region | MCs | MCs by sector |', '|---|---|---|---|'];
  const single: string[] = [];
  for (const [park, sectors] of [...byPark].sort((a, b) => a[0] - b[0])) {
    const total = [...sectors.values()].reduce((a, b) => a + b, 0);
    const split = [...sectors]
      .sort((a, b) => a[0] - b[0])
      .map(([sector, n]) => `${n} × ${SECTORS[sector]}`)
      .join(', ');
    lines.push(`| ${cell(PARKS[park])} | \`${regionOf(park)}\` | ${total} | ${cell(split)} |`);
    if (sectors.size === 1) single.push(PARKS[park]);
  }
  const mixed = byPark.size - single.length;
  const summary =
    single.length === byPark.size
      ? 'In every park all MCs share one sector.'
      : single.length === 0
        ? 'Every park mixes sectors.'
        : `In ${single.length} of the ${byPark.size} parks (${listing(single)}) all MCs share one sector; ` +
          `the other ${mixed} mix sectors.`;
  return `${lines.join('\n')}\n\n${summary}`;
}
