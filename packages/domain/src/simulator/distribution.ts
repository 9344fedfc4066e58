import type { RandomStream } from './random-stream';

/** A non-negative random duration (or other quantity) with a known mean, in the caller's unit. */
export type Distribution = {
  readonly kind: 'constant' | 'exponential' | 'lognormal' | 'empirical';
  readonly mean: number;
  sample(rng: RandomStream): number;
};

/** Always `value`. */
export function constant(value: number): Distribution {
  return { kind: 'constant', mean: value, sample: () => value };
}

/** Exponential with the given mean (rate 1/mean), by inversion. Also the classic patience model. */
export function exponential(mean: number): Distribution {
  if (!(mean > 0)) throw new RangeError(`exponential mean must be > 0, got ${mean}`);
  // 1 − u is in (0, 1], so the log is finite.
  return { kind: 'exponential', mean, sample: (rng) => -mean * Math.log(1 - rng.next()) };
}

/**
 * Lognormal given the mean m and standard deviation s of the quantity itself (not of its log):
 * X = exp(μ + σZ) with σ² = ln(1 + s²/m²) and μ = ln m − σ²/2, so E[X] = m and SD[X] = s.
 * Z is standard normal (Box–Muller).
 */
export function lognormal(mean: number, standardDeviation: number): Distribution {
  if (!(mean > 0) || !(standardDeviation >= 0)) {
    throw new RangeError(`lognormal needs mean > 0 and sd ≥ 0, got ${mean} and ${standardDeviation}`);
  }
  const sigma2 = Math.log(1 + (standardDeviation / mean) ** 2);
  const mu = Math.log(mean) - sigma2 / 2;
  const sigma = Math.sqrt(sigma2);
  return { kind: 'lognormal', mean, sample: (rng) => Math.exp(mu + sigma * standardNormal(rng)) };
}

/** Lognormal given the mean and the coefficient of variation cv = sd / mean. */
export function lognormalCv(mean: number, cv: number): Distribution {
  return lognormal(mean, cv * mean);
}

/** Draws uniformly from observed values (a bootstrap of, say, real service times). */
export function empirical(values: readonly number[]): Distribution {
  if (values.length === 0) throw new RangeError('empirical distribution needs at least one value');
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return {
    kind: 'empirical',
    mean,
    sample: (rng) => values[Math.min(values.length - 1, Math.floor(rng.next() * values.length))] as number,
  };
}

/** Box–Muller: one standard normal from two uniforms (the second normal is dropped for simplicity). */
export function standardNormal(rng: RandomStream): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
