import { describe, expect, it } from 'vitest';
import { constant, empirical, exponential, lognormal, lognormalCv, standardNormal, type Distribution } from './distribution';
import { randomStream } from './random-stream';

function moments(d: Distribution, n = 100_000, seed = 7): { mean: number; sd: number; min: number } {
  const rng = randomStream(seed);
  const xs = Array.from({ length: n }, () => d.sample(rng));
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  return { mean, sd, min: Math.min(...xs) };
}

describe('distributions', () => {
  it('draws exponential values with the given mean and a standard deviation equal to it', () => {
    const { mean, sd, min } = moments(exponential(180));
    expect(mean).toBeCloseTo(180, -1);
    expect(Math.abs(mean / 180 - 1)).toBeLessThan(0.015);
    expect(Math.abs(sd / 180 - 1)).toBeLessThan(0.02);
    expect(min).toBeGreaterThanOrEqual(0);
  });

  it('parametrises the lognormal by the mean and standard deviation of the value itself', () => {
    const { mean, sd, min } = moments(lognormal(300, 150));
    expect(Math.abs(mean / 300 - 1)).toBeLessThan(0.01);
    expect(Math.abs(sd / 150 - 1)).toBeLessThan(0.03);
    expect(min).toBeGreaterThan(0);
  });

  it('takes a coefficient of variation as sd = cv × mean', () => {
    const { mean, sd } = moments(lognormalCv(200, 1));
    expect(Math.abs(mean / 200 - 1)).toBeLessThan(0.02);
    expect(Math.abs(sd / 200 - 1)).toBeLessThan(0.08);
  });

  it('draws standard normals', () => {
    const rng = randomStream(3);
    const xs = Array.from({ length: 50_000 }, () => standardNormal(rng));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(xs.filter((x) => Math.abs(x) < 1.96).length / xs.length).toBeCloseTo(0.95, 2);
  });

  it('resamples only observed values for an empirical distribution', () => {
    const d = empirical([10, 20, 60]);
    expect(d.mean).toBe(30);
    const rng = randomStream(1);
    const seen = new Set(Array.from({ length: 300 }, () => d.sample(rng)));
    expect([...seen].sort((a, b) => a - b)).toEqual([10, 20, 60]);
  });

  it('returns the constant and rejects impossible parameters', () => {
    expect(constant(5).sample(randomStream(1))).toBe(5);
    expect(() => exponential(0)).toThrow(RangeError);
    expect(() => lognormal(-1, 1)).toThrow(RangeError);
    expect(() => empirical([])).toThrow(RangeError);
  });

  it('repeats the same draws for the same seed and differs across substreams', () => {
    const a = randomStream(42);
    const b = randomStream(42);
    const c = randomStream(42, 1);
    const first = [a.next(), a.next()];
    expect([b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next()]).not.toEqual(first);
  });
});

describe('randomStream', () => {
  it('starts neighbouring small seeds at unrelated, uniform-looking values', () => {
    const firsts = Array.from({ length: 2000 }, (_, s) => randomStream(s + 1).next());
    const mean = firsts.reduce((sum, u) => sum + u, 0) / firsts.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / firsts.length));
    expect(firsts.filter((u) => u > 0.99).length).toBeLessThan(60);
  });
});
