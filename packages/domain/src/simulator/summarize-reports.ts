import { estimate, type Estimate } from './estimate';
import type { KpiReport } from './kpi-collector';
import { KPI_NAMES, type Kpis } from './kpi-tally';

/** Every KPI as a mean with its 95 % confidence interval across replications. */
export type KpiEstimates = { readonly [K in keyof Kpis]: Estimate };

export type ReportSummary = {
  readonly replications: number;
  readonly overall: KpiEstimates;
  readonly byClient: Readonly<Record<string, KpiEstimates>>;
  readonly byQueue: Readonly<Record<string, KpiEstimates>>;
  readonly intervals: readonly { readonly startMs: number; readonly kpis: KpiEstimates }[];
};

/** Combines independent replications KPI by KPI (Student-t intervals, df = K − 1). */
export function summarizeReports(reports: readonly KpiReport[]): ReportSummary {
  const intervalCount = Math.max(0, ...reports.map((r) => r.intervals.length));
  return {
    replications: reports.length,
    overall: combine(reports.map((r) => r.overall)),
    byClient: combineKeyed(reports.map((r) => r.byClient)),
    byQueue: combineKeyed(reports.map((r) => r.byQueue)),
    intervals: Array.from({ length: intervalCount }, (_, i) => ({
      startMs: reports[0]?.intervals[i]?.startMs ?? 0,
      kpis: combine(reports.map((r) => r.intervals[i]?.kpis)),
    })),
  };
}

function combine(samples: readonly (Kpis | undefined)[]): KpiEstimates {
  const entries = KPI_NAMES.map((name) => [name, estimate(samples.map((s) => (s === undefined ? null : s[name])))] as const);
  return Object.fromEntries(entries) as KpiEstimates;
}

function combineKeyed(maps: readonly Readonly<Record<string, Kpis>>[]): Record<string, KpiEstimates> {
  const keys = [...new Set(maps.flatMap((m) => Object.keys(m)))].sort();
  return Object.fromEntries(keys.map((key) => [key, combine(maps.map((m) => m[key]))]));
}
