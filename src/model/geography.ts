// The programme's geography: Table 1's six regions and 81 mini-clusters, the parks that host them, their strategic
// sectors. Parks per region are assumed (the paper names 7 pilot parks, then 12); each MC takes its region's parks and
// sectors in turn.
import type { RegionId } from '../scenario/schema.js';

export interface RegionSpec {
  id: RegionId;
  name: string;
  mcs: number;
  parks: readonly string[];
  sectors: readonly string[];
}

export const REGIONS: readonly RegionSpec[] = [
  {
    id: 'capital',
    name: 'Capital (Sudogwon)',
    mcs: 17,
    parks: ['Banwol-Sihwa', 'Namdong'],
    sectors: ['IT', 'parts & materials'],
  },
  {
    id: 'daegyeong',
    name: 'Daegyeong',
    mcs: 15,
    parks: ['Gumi', 'Seongseo'],
    sectors: ['machinery', 'electrical & electronics'],
  },
  { id: 'chungcheong', name: 'Chungcheong', mcs: 7, parks: ['Ochang'], sectors: ['IT', 'machinery'] },
  {
    id: 'dongnam',
    name: 'Dongnam (south-east)',
    mcs: 18,
    parks: ['Changwon', 'Ulsan', 'Myeongji-Noksan'],
    sectors: ['machinery', 'automotive', 'shipbuilding parts', 'aerospace'],
  },
  {
    id: 'honam',
    name: 'Honam (south-west)',
    mcs: 18,
    parks: ['Gwangju', 'Gunsan', 'Daebul'],
    sectors: ['optics', 'mid-size shipbuilding', 'automotive', 'green bio'],
  },
  { id: 'gangwon', name: 'Gangwon', mcs: 6, parks: ['Wonju'], sectors: ['medical devices'] },
];

/** Every sector named in Table 1, in order of first mention; a firm's sector is an index into this list. */
export const SECTORS: readonly string[] = [...new Set(REGIONS.flatMap((r) => r.sectors))];

/** Every park, in region order; a park is an index into this list. */
export const PARKS: readonly string[] = REGIONS.flatMap((r) => r.parks);

export interface McSpec {
  /** Index of the MC's region in REGIONS. */
  region: number;
  /** Index of the MC's park in PARKS. */
  park: number;
  /** Index of the MC's strategic sector in SECTORS. */
  sector: number;
  name: string;
}

/**
 * The MCs of the chosen regions. MC k of a region sits in the region's park k mod parks and takes sector k mod sectors;
 * MCs are listed by region, then park, then k, so that a park's and a region's MCs are contiguous.
 */
export function listMcs(regionIds: readonly RegionId[]): McSpec[] {
  const mcs: McSpec[] = [];
  let parkOffset = 0;
  REGIONS.forEach((region, r) => {
    if (regionIds.includes(region.id)) {
      region.parks.forEach((_, p) => {
        for (let k = p; k < region.mcs; k += region.parks.length) {
          const sector = SECTORS.indexOf(region.sectors[k % region.sectors.length]);
          mcs.push({ region: r, park: parkOffset + p, sector, name: `${region.id}-${String(k + 1).padStart(2, '0')}` });
        }
      });
    }
    parkOffset += region.parks.length;
  });
  return mcs;
}

/** Splits total into n integer parts that differ by at most one, larger parts first. */
export function splitEvenly(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  const extra = total - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}
