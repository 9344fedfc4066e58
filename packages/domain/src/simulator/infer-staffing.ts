import type { StaffingStep } from './simulation-config';
import type { ReplayCall } from './select-replay-calls';

export type InferredStaffing = {
  /** Agents seen in each interval, from interval 0 (starting at time 0). */
  readonly perInterval: readonly number[];
  /** Only the changes, as a group schedule. */
  readonly steps: readonly StaffingStep[];
  /** Largest number seen at once: the pool size. */
  readonly maxAgents: number;
  /** Σ agents × interval length, in hours. */
  readonly agentHours: number;
};

/**
 * Staffing as the data shows it: in each interval, the number of distinct `server` names whose
 * service spans [ser_start, ser_start + ser_time] overlap it (a zero-length service marks its start
 * interval). Calls without a server name (NO_SERVER) add nobody. This undercounts agents who were
 * logged in but got no call in an interval, and counts an agent for a whole interval they may have
 * worked only a few minutes of.
 */
export function inferStaffing(calls: readonly ReplayCall[], intervalMs: number): InferredStaffing {
  const seen = new Map<number, Set<string>>();
  for (const { call, service } of calls) {
    if (service === null || call.server === null) continue;
    const first = Math.floor(service.startMs / intervalMs);
    const endMs = service.startMs + service.seconds * 1000;
    const last = Math.max(first, Math.ceil(endMs / intervalMs) - 1);
    for (let i = first; i <= last; i += 1) {
      let names = seen.get(i);
      if (names === undefined) seen.set(i, (names = new Set()));
      names.add(call.server);
    }
  }
  const count = Math.max(0, ...[...seen.keys()].map((i) => i + 1));
  const perInterval = Array.from({ length: count }, (_, i) => seen.get(i)?.size ?? 0);
  const steps: StaffingStep[] = [];
  perInterval.forEach((n, i) => {
    if (n !== (steps.at(-1)?.count ?? 0)) steps.push({ atMs: i * intervalMs, count: n });
  });
  if (perInterval.length > 0 && (steps.at(-1)?.count ?? 0) !== 0) steps.push({ atMs: perInterval.length * intervalMs, count: 0 });
  return {
    perInterval,
    steps,
    maxAgents: Math.max(0, ...perInterval),
    agentHours: (perInterval.reduce((sum, n) => sum + n, 0) * intervalMs) / 3_600_000,
  };
}
