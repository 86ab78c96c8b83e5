// Labels' numbers: thousands separators written as toLocaleString('en') writes them, without its locale data.
import { describe, expect, it } from 'vitest';
import { thousands } from '../../src/charts/common.js';

describe('thousands', () => {
  it('writes every integer as toLocaleString("en") does, signs, -0, unsafe integers and fractions included', () => {
    const values = [0, -0, 7, 999, 1000, -1000, 12345, 999999, 1000000, -1234567, 2 ** 53 - 1, 2 ** 53, 1e21, 0.5];
    for (let k = 1; k < 1e13; k *= 7) values.push(k, -k);
    for (const value of values) expect(thousands(value)).toBe(value.toLocaleString('en'));
    expect(thousands(50_000)).toBe('50,000');
  });
});
