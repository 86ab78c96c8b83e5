// How scenario problems are printed: file, line and column where known, the path, the message; and ScenarioError.
import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, ScenarioError } from '../../src/scenario/problems.js';

describe('formatProblem', () => {
  it('prints file, path and message without a position', () => {
    expect(formatProblem({ file: 'a.yaml', path: 'steps', message: 'bad' })).toBe('a.yaml: steps: bad');
  });

  it('prints file:line:column when the line is known, column 1 when only the line is', () => {
    expect(formatProblem({ file: 'a.yaml', path: 'steps', message: 'bad', line: 3, column: 7 })).toBe(
      'a.yaml:3:7: steps: bad',
    );
    expect(formatProblem({ file: 'a.yaml', path: 'steps', message: 'bad', line: 3 })).toBe('a.yaml:3:1: steps: bad');
  });

  it('leaves the path out for problems of the whole file', () => {
    expect(formatProblem({ file: 'a.yaml', path: '', message: 'the file is empty' })).toBe('a.yaml: the file is empty');
  });
});

describe('ScenarioError', () => {
  it('lists every problem, one per line, and keeps them', () => {
    const problems = [
      { file: 'a.yaml', path: 'x', message: 'one' },
      { file: 'b.yaml', path: '', message: 'two', line: 1, column: 2 },
    ];
    const error = new ScenarioError(problems);
    expect(error.message).toBe('a.yaml: x: one\nb.yaml:1:2: two');
    expect(error.name).toBe('ScenarioError');
    expect(error.problems).toBe(problems);
    expect(error).toBeInstanceOf(Error);
  });
});

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['policies', 2, 'at'])).toBe('policies[2].at');
    expect(formatPath(['policies', 0, 'set', 'levers.scope'])).toBe('policies[0].set.levers.scope');
    expect(formatPath(['population', 'regions', 1])).toBe('population.regions[1]');
  });
});
