import { describe, expect, it } from 'vitest';
import { estimate } from './estimate';
import { studentT975 } from './student-t';

describe('studentT975', () => {
  it('gives the tabled quantiles and tends to the normal 1.96', () => {
    expect(studentT975(1)).toBe(12.706);
    expect(studentT975(19)).toBe(2.093);
    expect(studentT975(30)).toBe(2.042);
    expect(studentT975(40)).toBeCloseTo(2.021, 3);
    expect(studentT975(60)).toBeCloseTo(2.0, 3);
    expect(studentT975(120)).toBeCloseTo(1.98, 3);
    expect(studentT975(1e6)).toBeCloseTo(1.96, 3);
    expect(() => studentT975(0)).toThrow(RangeError);
  });
});

describe('estimate', () => {
  it('returns the mean ± t·s/√K', () => {
    const e = estimate([1, 2, 3]);
    expect(e.mean).toBe(2);
    const half = (4.303 * 1) / Math.sqrt(3);
    expect(e.ci95?.[0]).toBeCloseTo(2 - half, 10);
    expect(e.ci95?.[1]).toBeCloseTo(2 + half, 10);
    expect(e.n).toBe(3);
  });

  it('skips replications where the KPI is undefined and has no interval below two values', () => {
    expect(estimate([null, 4, null])).toEqual({ mean: 4, ci95: null, n: 1 });
    expect(estimate([null])).toEqual({ mean: null, ci95: null, n: 0 });
  });
});
