import { KPI_NAMES, type Estimate, type KpiEstimates } from '@switchboard/domain';

/** Figures printed to 4 decimals: the simulation's own noise is far larger. */
export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

export function roundOrNull(x: number | null): number | null {
  return x === null ? null : round(x);
}

/** An estimate as printed: `{ mean, ci95: [low, high] }` (null where undefined or with one replication). */
export function estimateJson(e: Estimate): { mean: number | null; ci95: [number, number] | null } {
  return { mean: roundOrNull(e.mean), ci95: e.ci95 === null ? null : [round(e.ci95[0]), round(e.ci95[1])] };
}

export function kpisJson(kpis: KpiEstimates): Record<string, ReturnType<typeof estimateJson>> {
  return Object.fromEntries(KPI_NAMES.map((name) => [name, estimateJson(kpis[name])]));
}

/** "HH:MM" of an instant counted from midnight (days beyond the first add "+Nd"). */
export function clockOf(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const inDay = minutes - days * 1440;
  const hhmm = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return days === 0 ? hhmm : `${hhmm}+${days}d`;
}
