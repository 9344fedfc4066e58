import { studentT975 } from './student-t';

/** A KPI across replications: the mean and its 95 % confidence interval (null with < 2 values). */
export type Estimate = {
  readonly mean: number | null;
  readonly ci95: readonly [number, number] | null;
  /** Replications in which the KPI was defined (e.g. ASA needs at least one answered contact). */
  readonly n: number;
};

/**
 * Mean and Student-t 95 % interval of independent replication results: mean ± t(0.975, K−1)·s/√K,
 * with s the sample standard deviation. Null values (KPI undefined in that replication) are skipped.
 */
export function estimate(values: readonly (number | null)[]): Estimate {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return { mean: null, ci95: null, n };
  const mean = xs.reduce((sum, x) => sum + x, 0) / n;
  if (n === 1) return { mean, ci95: null, n };
  const variance = xs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1);
  const half = studentT975(n - 1) * Math.sqrt(variance / n);
  return { mean, ci95: [mean - half, mean + half], n };
}
