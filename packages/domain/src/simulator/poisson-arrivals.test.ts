import { describe, expect, it } from 'vitest';
import { poissonArrivals } from './poisson-arrivals';
import { randomStream } from './random-stream';

const HOUR = 3_600_000;

describe('poissonArrivals', () => {
  it('produces about rate × duration sorted arrivals in the window at a constant rate', () => {
    const times = poissonArrivals({ kind: 'constant', perMinute: 2 }, HOUR, 101 * HOUR, randomStream(5));
    const expected = 2 * 60 * 100;
    expect(Math.abs(times.length - expected)).toBeLessThan(4 * Math.sqrt(expected));
    expect(times.every((t, i) => t >= HOUR && t < 101 * HOUR && (i === 0 || t >= (times[i - 1] as number)))).toBe(true);
  });

  it('has exponential gaps (coefficient of variation 1)', () => {
    const times = poissonArrivals({ kind: 'constant', perMinute: 10 }, 0, 50 * HOUR, randomStream(9));
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((s, g) => s + (g - mean) ** 2, 0) / gaps.length);
    expect(Math.abs(mean / 6000 - 1)).toBeLessThan(0.02);
    expect(Math.abs(sd / mean - 1)).toBeLessThan(0.03);
  });

  it('follows a piecewise-constant rate per interval and is silent where the rate is 0 or undefined', () => {
    const half = 30 * 60_000;
    const rate = { kind: 'piecewise', intervalMs: half, originMs: 0, perMinute: [0, 4, 1, 0] } as const;
    const perInterval = [0, 0, 0, 0, 0];
    for (let seed = 1; seed <= 40; seed += 1) {
      for (const t of poissonArrivals(rate, 0, 5 * half, randomStream(seed))) perInterval[Math.floor(t / half)] = (perInterval[Math.floor(t / half)] ?? 0) + 1;
    }
    expect(perInterval[0]).toBe(0);
    expect(perInterval[3]).toBe(0);
    expect(perInterval[4]).toBe(0);
    expect(Math.abs((perInterval[1] as number) / 40 - 120)).toBeLessThan(8);
    expect(Math.abs((perInterval[2] as number) / 40 - 30)).toBeLessThan(4);
  });

  it('starts a piecewise profile at its origin', () => {
    const rate = { kind: 'piecewise', intervalMs: 60_000, originMs: 10 * 60_000, perMinute: [30] } as const;
    const times = poissonArrivals(rate, 0, HOUR, randomStream(2));
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((t) => t >= 10 * 60_000 && t < 11 * 60_000)).toBe(true);
  });
});
