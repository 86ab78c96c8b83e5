// The 4C per MC on a tiny network worked out by hand.
import { describe, expect, it } from 'vitest';
import { fourC } from '../../src/metrics/four-c.js';
import { FIRM, PROFESSOR } from '../../src/model/types.js';
import { tinyModel } from '../helpers/tiny-model.js';

describe('fourC', () => {
  it('gives zeros for an MC without members', () => {
    const model = tinyModel({ agents: [{ kind: FIRM, member: false }] });
    expect(fourC(model)[0]).toMatchObject({ members: 0, contents: 0, connection: 0, community: 0, creation: 0 });
  });

  it('measures contents, connection, community and creation per MC', () => {
    // MC 0: firms 0, 1, outsider firm 2, professor 3; MC 1: firm 4. Ties 0-1 (trust 0.6), 0-3 (0.2), 0-4 (0.9), 1-2.
    const model = tinyModel({
      mcs: [{}, {}],
      agents: [
        { kind: FIRM },
        { kind: FIRM },
        { kind: FIRM, member: false },
        { kind: PROFESSOR },
        { kind: FIRM, mc: 1 },
      ],
      ties: [
        { a: 0, b: 1, trust: 0.6 },
        { a: 0, b: 3, trust: 0.2 },
        { a: 0, b: 4, trust: 0.9 },
        { a: 1, b: 2, trust: 0.5 },
      ],
    });
    model.mcs.activity.set([2.7, 10]);
    model.agents.recentIur.set([1, 0.5, 0, 3, 0]);
    const [a, b] = fourC(model);
    // Contents 2.7 / 5.4; connection: ties to members 3 (firm 0) + 1 (firm 1) + 1 (professor) over 3 members; community:
    // the two member ties inside MC 0, (0.6 + 0.2) / 2; creation: firms 0 and 1, (1 + 0.5) / 2.
    expect(a).toMatchObject({ mc: 'mc-0', members: 3, memberFirms: 2, supported: 1, dissolved: 0 });
    expect(a.contents).toBeCloseTo(0.5, 14);
    expect(a.connection).toBeCloseTo(5 / 3, 14);
    expect(a.community).toBeCloseTo(0.4, 14);
    expect(a.creation).toBeCloseTo(0.75, 14);
    expect(b).toMatchObject({ members: 1, contents: 1, connection: 1, community: 0, creation: 0 });
  });

  it('counts the sub-groups and the sub-MCs of each MC', () => {
    const model = tinyModel({ mcs: [{}, {}], agents: [{ kind: FIRM }, { kind: FIRM, mc: 1 }] });
    model.mcs.subGroups = [
      { mc: 1, members: [1], since: 12, subMc: true },
      { mc: 1, members: [1], since: 24, subMc: false },
    ];
    expect(fourC(model).map((row) => [row.subGroups, row.subMcs])).toEqual([
      [0, 0],
      [2, 1],
    ]);
  });
});
