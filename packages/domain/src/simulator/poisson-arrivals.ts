import type { RandomStream } from './random-stream';

/** Arrivals per minute: one constant rate, or one rate per interval (e.g. per 15 or 30 minutes). */
export type ArrivalRate =
  | { readonly kind: 'constant'; readonly perMinute: number }
  | {
      readonly kind: 'piecewise';
      /** Length of each rate's interval; interval i covers [originMs + i·intervalMs, … + intervalMs). */
      readonly intervalMs: number;
      readonly originMs: number;
      /** Rate of each interval; outside the listed intervals the rate is 0. */
      readonly perMinute: readonly number[];
    };

const MINUTE_MS = 60_000;

/**
 * Arrival instants of a Poisson process on [fromMs, toMs), sorted. With a piecewise-constant rate
 * the gaps are exponential at the current interval's rate; a gap crossing an interval boundary is
 * redrawn from the boundary at the next rate, which is exact because the process is memoryless.
 */
export function poissonArrivals(rate: ArrivalRate, fromMs: number, toMs: number, rng: RandomStream): number[] {
  const times: number[] = [];
  let t = fromMs;
  while (t < toMs) {
    const { perMinute, until } = rateAt(rate, t, toMs);
    if (perMinute > 0) {
      const next = t - (MINUTE_MS / perMinute) * Math.log(1 - rng.next());
      if (next < until) {
        times.push(next);
        t = next;
        continue;
      }
    }
    t = until;
  }
  return times;
}

/** The rate in force at `t` and when it next changes (never after `toMs`). */
function rateAt(rate: ArrivalRate, t: number, toMs: number): { perMinute: number; until: number } {
  if (rate.kind === 'constant') return { perMinute: rate.perMinute, until: toMs };
  let index = Math.floor((t - rate.originMs) / rate.intervalMs);
  // Guard against rounding putting a boundary instant in the interval before it.
  if (rate.originMs + (index + 1) * rate.intervalMs <= t) index += 1;
  if (index < 0) return { perMinute: 0, until: Math.min(toMs, rate.originMs) };
  if (index >= rate.perMinute.length) return { perMinute: 0, until: toMs };
  return { perMinute: rate.perMinute[index] ?? 0, until: Math.min(toMs, rate.originMs + (index + 1) * rate.intervalMs) };
}
