// Section 2.3 of the ODD from model/geography.ts and the model's MCs: regions, parks and sectors.
import { describe, expect, it } from 'vitest';
import { parkSectorsTable, regionsTable, sectorsText } from '../../src/docs/geography-text.js';
import { PARKS, REGIONS, SECTORS } from '../../src/model/geography.js';
import { oddSource } from '../../src/docs/odd-source.js';

describe('regionsTable', () => {
  it('has one row per region of the code, with its MCs, parks and sectors', () => {
    const table = regionsTable();
    expect(table.split('\n')[0]).toBe('The 6 regions of Table 1 hold 81 MCs:');
    expect(table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| region'))).toHaveLength(
      REGIONS.length,
    );
    expect(table).toContain('| Gangwon | `gangwon` | 6 | Wonju | medical devices |');
    expect(table).toContain('| Chungcheong | `chungcheong` | 7 | Ochang | IT; machinery |');
  });
});

describe('sectorsText', () => {
  it('counts the parks and the distinct sectors, and lists the sectors in index order', () => {
    expect(PARKS).toHaveLength(12);
    expect(sectorsText()).toMatch(
      /^That makes 12 parks and 11 distinct sectors\. .*: IT, parts & materials, machinery,/,
    );
    expect(sectorsText()).toMatch(new RegExp(`${SECTORS[SECTORS.length - 1]}\\.$`));
  });
});

describe('parkSectorsTable', () => {
  it('says when every park has one sector (Gangwon: Wonju, 6 medical-devices MCs)', () => {
    const text = parkSectorsTable(oddSource({ population: { regions: ['gangwon'], scale: 0.1 } }));
    expect(text).toBe(
      [
        '| park | region | MCs | MCs by sector |',
        '|---|---|---|---|',
        '| Wonju | `gangwon` | 6 | 6 × medical devices |',
        '',
        'In every park all MCs share one sector.',
      ].join('\n'),
    );
  });

  it("splits a park's MCs by sector as the assignment rule lays them out (Dongnam: 3 parks, 4 sectors)", () => {
    const text = parkSectorsTable(oddSource({ population: { regions: ['dongnam'], scale: 0.1 } }));
    // Park k mod 3, sector k mod 4: Changwon holds k = 0, 3, 6, 9, 12, 15, sectors 0, 3, 2, 1, 0, 3.
    expect(text).toContain(
      '| Changwon | `dongnam` | 6 | 2 × machinery, 1 × automotive, 1 × shipbuilding parts, 2 × aerospace |',
    );
    expect(text).toMatch(/Every park mixes sectors\.$/);
  });

  it('names the single-sector parks among mixed ones (Chungcheong and Gangwon)', () => {
    const text = parkSectorsTable(oddSource({ population: { regions: ['chungcheong', 'gangwon'], scale: 0.1 } }));
    expect(text).toContain('| Ochang | `chungcheong` | 7 | 4 × IT, 3 × machinery |');
    expect(text).toMatch(/In 1 of the 2 parks \(Wonju\) all MCs share one sector; the other 1 mix sectors\.$/);
  });
});
