import { KpiCollector, type KpiReport } from './kpi-collector';
import { randomStream } from './random-stream';
import { runSimulation, type RunResult } from './run-simulation';
import { acdConfigOf, type SimulationConfig } from './simulation-config';
import { summarizeReports, type ReportSummary } from './summarize-reports';
import { estimate, type Estimate } from './estimate';
import { generateWorkload, type SimArrival } from './generate-workload';

/** How long after the horizon a run may drain before it is stopped (contacts nobody will serve). */
export const DRAIN_LIMIT_MS = 24 * 3_600_000;

export type ReplicationResult = { readonly seed: number; readonly report: KpiReport; readonly run: RunResult };

export type SimulationSummary = ReportSummary & {
  readonly seeds: readonly number[];
  /** Contacts left waiting when a run stopped, per replication. */
  readonly unresolved: Estimate;
};

/** One replication of a stochastic model: draws the workload from `seed`, runs the ACD, collects the KPIs. */
export function simulateOnce(config: SimulationConfig, seed: number): ReplicationResult {
  const arrivals = generateWorkload(config.streams, config.horizonMs, {
    arrivals: randomStream(seed, 0),
    service: randomStream(seed, 1),
    patience: randomStream(seed, 2),
  });
  return replay(config, arrivals, seed);
}

/** Runs a given workload (drawn, or replayed from data) through the ACD and collects the KPIs. */
export function replay(config: Omit<SimulationConfig, 'streams'>, arrivals: readonly SimArrival[], seed: number): ReplicationResult {
  const targets = new Map(config.queues.map((q) => [q.id, q.targetSeconds * 1000]));
  const collector = new KpiCollector(
    { originMs: 0, intervalMs: config.intervalMs, fromMs: config.warmUpMs ?? 0, toMs: config.horizonMs },
    (queue) => targets.get(queue) ?? 0,
  );
  const run = runSimulation(
    {
      acd: acdConfigOf(config.queues, config.groups, seed),
      groups: config.groups,
      arrivals,
      ringDelayMs: config.ringDelayMs ?? 0,
      stopAtMs: config.horizonMs + DRAIN_LIMIT_MS,
    },
    (event) => collector.observe(event),
  );
  return { seed, report: collector.report(run.endMs), run };
}

/** K independent replications; replication i uses seed + i. */
export function simulate(config: SimulationConfig, options: { readonly replications: number; readonly seed: number }): SimulationSummary {
  return summarize(Array.from({ length: options.replications }, (_, i) => simulateOnce(config, options.seed + i)));
}

export function summarize(results: readonly ReplicationResult[]): SimulationSummary {
  return {
    ...summarizeReports(results.map((r) => r.report)),
    seeds: results.map((r) => r.seed),
    unresolved: estimate(results.map((r) => r.run.unresolved)),
  };
}
