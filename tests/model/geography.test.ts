// The programme's geography: Table 1's regions and MC counts, the layout of MCs by region and park, and even splits.
import { describe, expect, it } from 'vitest';
import { listMcs, PARKS, REGIONS, SECTORS, splitEvenly } from '../../src/model/geography.js';

describe('REGIONS', () => {
  it('holds Table 1: six regions and 81 MCs', () => {
    expect(REGIONS.map((r) => [r.id, r.mcs])).toEqual([
      ['capital', 17],
      ['daegyeong', 15],
      ['chungcheong', 7],
      ['dongnam', 18],
      ['honam', 18],
      ['gangwon', 6],
    ]);
    expect(listMcs(REGIONS.map((r) => r.id))).toHaveLength(81);
  });

  it('lists every sector once and every park in region order', () => {
    expect(new Set(SECTORS).size).toBe(SECTORS.length);
    expect(PARKS).toHaveLength(12);
    expect(PARKS[11]).toBe('Wonju');
  });
});

describe('listMcs', () => {
  it('returns nothing for no regions', () => {
    expect(listMcs([])).toEqual([]);
  });

  it("takes a one-park region's sectors in turn", () => {
    const mcs = listMcs(['gangwon']);
    expect(mcs.map((m) => m.name)).toEqual([
      'gangwon-01',
      'gangwon-02',
      'gangwon-03',
      'gangwon-04',
      'gangwon-05',
      'gangwon-06',
    ]);
    expect(new Set(mcs.map((m) => PARKS[m.park]))).toEqual(new Set(['Wonju']));
    expect(mcs.every((m) => m.region === 5 && SECTORS[m.sector] === 'medical devices')).toBe(true);
    expect(listMcs(['chungcheong']).map((m) => SECTORS[m.sector])).toEqual([
      'IT',
      'machinery',
      'IT',
      'machinery',
      'IT',
      'machinery',
      'IT',
    ]);
  });

  it("lists a region's MCs park by park, so that each park's MCs are contiguous", () => {
    const mcs = listMcs(['capital']);
    expect(mcs.slice(0, 3).map((m) => m.name)).toEqual(['capital-01', 'capital-03', 'capital-05']);
    expect(mcs.filter((m) => PARKS[m.park] === 'Banwol-Sihwa')).toHaveLength(9);
    expect(mcs.filter((m) => PARKS[m.park] === 'Namdong')).toHaveLength(8);
    expect(mcs[9].name).toBe('capital-02');
    const parks = mcs.map((m) => m.park);
    expect(parks).toEqual([...parks].sort((x, y) => x - y));
  });

  it('keeps region order whatever order the ids are given in', () => {
    expect(listMcs(['gangwon', 'chungcheong']).map((m) => m.region)).toEqual([2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5]);
  });
});

describe('splitEvenly', () => {
  it('splits into parts that differ by at most one, larger first, summing to the total', () => {
    expect(splitEvenly(7, 3)).toEqual([3, 2, 2]);
    expect(splitEvenly(6, 3)).toEqual([2, 2, 2]);
    expect(splitEvenly(2, 4)).toEqual([1, 1, 0, 0]);
    expect(splitEvenly(0, 2)).toEqual([0, 0]);
  });
});
