// The live series as CSV: dated rows of each run, the recorder's columns then the ties by sort, quoted where needed.
import { describe, expect, it } from 'vitest';
import type { StepRow } from '../../../src/web/protocol.js';
import { seriesCsv } from '../../../src/web/page/series-csv.js';

const row = (step: number, members: number, note?: string): StepRow => ({
  row: { step, date: 'ignored', members, density: members / 100, ...(note ? { note } : {}) } as StepRow['row'],
  tiesBySort: [step, 0, 1, 2, 3],
});

describe('seriesCsv', () => {
  it('writes a header alone when there are no rows', () => {
    expect(seriesCsv([], 2005)).toBe('run,step,date\n');
    expect(seriesCsv([[], []], 2005)).toBe('run,step,date\n');
  });

  it('writes each run, dated from the start year, with the ties by sort', () => {
    expect(seriesCsv([[row(0, 10), row(1, 12)], [row(0, 10)]], 2005)).toBe(
      [
        'run,step,date,members,density,ties firm-firm,ties firm-expert (IUR),ties firm-agency,ties expert-expert,ties other (agency)',
        '1,0,2004-12,10,0.1,0,0,1,2,3',
        '1,1,2005-01,12,0.12,1,0,1,2,3',
        '2,0,2004-12,10,0.1,0,0,1,2,3',
        '',
      ].join('\n'),
    );
  });

  it('quotes cells with commas or quotes, and keeps a formula as text', () => {
    const csv = seriesCsv([[row(0, 1, 'a, "b"')]], 2005);
    expect(csv.split('\n')[1]).toBe('1,0,2004-12,1,0.01,"a, ""b""",0,0,1,2,3');
    expect(seriesCsv([[row(0, 1, '=1+1')]], 2005).split('\n')[1]).toBe("1,0,2004-12,1,0.01,'=1+1,0,0,1,2,3");
  });
});
