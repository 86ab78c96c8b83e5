// The page's state in its URL: values a control cannot hold are ignored (never thrown), and a state written is read
// back the same.
import { describe, expect, it } from 'vitest';
import { leverOf, type LeverSettings } from '../../../src/web/lever-registry.js';
import { leverDifferences, readState, readValue, writeState, type PageState } from '../../../src/web/page/url-state.js';

describe('reading a state', () => {
  it('ignores what a control cannot hold, and what it does not know', () => {
    const state = readState(
      '?lang=xx&seed=-3&subsidyLevel=9&openEventShare=abc&scope=moon&initiative=yes&withdrawalAt=1.5&activityMix=golf&withdrawalWhere=jeju&b.withdrawalWhere=off&part=99&prediction=-1&speed=3&atEnd=never&colour=red&compare=0&b.scope=region',
    );
    expect(state).toEqual({
      lang: 'en',
      scenario: undefined,
      seed: undefined,
      levers: {},
      compare: undefined,
      lesson: undefined,
      part: undefined,
      prediction: undefined,
      speed: undefined,
      atEnd: undefined,
    });
    expect(readState('?seed=99999999999').seed).toBeUndefined();
    expect(readValue(leverOf('subsidyLevel'), '')).toBeUndefined();
    expect(readValue(leverOf('subsidyLevel'), ' ')).toBeUndefined();
    expect(readValue(leverOf('feePerFirmMonth'), 'Infinity')).toBeUndefined();
  });

  it('reads each kind of control', () => {
    expect(readValue(leverOf('subsidyLevel'), '0.4')).toBe(0.4);
    expect(readValue(leverOf('initiative'), '1')).toBe(true);
    expect(readValue(leverOf('initiative'), '0')).toBe(false);
    expect(readValue(leverOf('scope'), 'national')).toBe('national');
    expect(readValue(leverOf('withdrawalAt'), 'off')).toBeNull();
    expect(readValue(leverOf('withdrawalAt'), '60')).toBe(60);
    expect(readValue(leverOf('activityMix'), 'projectTeams')).toBe('projectTeams');
    expect(readValue(leverOf('activityMix'), 'off')).toBeNull();
    expect(readValue(leverOf('activityMix'), 'seminars')).toBeUndefined();
    expect(readValue(leverOf('withdrawalWhere'), 'honam')).toBe('honam');
    expect(readValue(leverOf('withdrawalWhere'), 'all')).toBe('all');
    expect(readValue(leverOf('withdrawalWhere'), 'off')).toBeUndefined();
  });
});

describe('writing a state', () => {
  it('is read back the same', () => {
    const state: PageState = {
      lang: 'ko',
      scenario: 'preset:classroom',
      seed: 7,
      levers: { subsidyLevel: 0.5, withdrawalAt: 60, withdrawalWhere: 'honam', scope: 'region', initiative: true },
      compare: { withdrawalAt: null, activityMix: 'firmsWant' },
      lesson: 'subsidy-end',
      part: 3,
      prediction: 1,
      speed: 2,
      atEnd: 'loop',
    };
    const query = writeState(state);
    expect(query).toBe(
      'lang=ko&scenario=preset%3Aclassroom&seed=7&subsidyLevel=0.5&withdrawalAt=60&withdrawalWhere=honam&scope=region&initiative=1&compare=1&b.withdrawalAt=off&b.activityMix=firmsWant&lesson=subsidy-end&part=3&prediction=1&speed=2&atEnd=loop',
    );
    expect(readState(`?${query}`)).toEqual(state);
  });

  it('keeps only the levers that differ', () => {
    const base = { subsidyLevel: 1, scope: 'park', withdrawalAt: null } as unknown as LeverSettings;
    const moved = { subsidyLevel: 1, scope: 'region', withdrawalAt: 60 } as unknown as LeverSettings;
    expect(leverDifferences(moved, base)).toEqual({ scope: 'region', withdrawalAt: 60 });
    expect(leverDifferences(base, base)).toEqual({});
  });
});
