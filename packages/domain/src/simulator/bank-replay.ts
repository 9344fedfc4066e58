import { clientId, contactId, queueId } from '../ids';
import { empirical, type Distribution } from './distribution';
import { inferStaffing, type InferredStaffing } from './infer-staffing';
import type { BankCall } from './parse-bank-calls';
import { randomStream } from './random-stream';
import { selectReplayCalls, type Exclusions, type ReplayCall } from './select-replay-calls';
import type { SimulationConfig } from './simulation-config';
import { replay, summarize, type SimulationSummary } from './simulate';
import type { SimArrival } from './generate-workload';

export type BankReplayOptions = {
  readonly targetSeconds: number;
  readonly intervalMs: number;
  readonly replications: number;
  readonly seed: number;
};

/** Figures computed straight from the log, on the calls the replay keeps. */
export type ObservedKpis = {
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly serviceLevel: number | null;
  readonly asaSeconds: number | null;
  readonly abandonRate: number | null;
  readonly ahtSeconds: number | null;
};

export type BankReplayResult = {
  /** Ms of the first day's midnight: time 0 of the replay (log times read as UTC). */
  readonly originMs: number;
  readonly rows: number;
  readonly replayed: number;
  readonly excluded: Exclusions;
  readonly staffing: InferredStaffing;
  readonly observed: ObservedKpis;
  readonly simulated: SimulationSummary;
};

const QUEUE = queueId('que_bank');

/**
 * Replays the bank's calls through the ACD: real arrival instants, real service times (ser_time)
 * for served calls, patience = observed wait (q_time) for callers who hung up and infinite for
 * served ones, agents logged in and out per interval as the data shows (see inferStaffing). One
 * queue, longest-idle, priority-2 customers ahead of the others. A caller who hung up in reality but
 * is answered in the simulation needs a service time the log lacks: it is drawn from the served
 * calls of the same type (the only randomness; replication i uses seed + i).
 */
export function bankReplay(rows: readonly BankCall[], options: BankReplayOptions): BankReplayResult {
  const { calls, excluded, originMs } = selectReplayCalls(rows);
  const staffing = inferStaffing(calls, options.intervalMs);
  const lastArrival = calls.at(-1)?.arrivalMs ?? 0;
  const horizonMs = Math.ceil((lastArrival + 1) / options.intervalMs) * options.intervalMs;
  const config: Omit<SimulationConfig, 'streams'> = {
    queues: [{ id: QUEUE, clientId: clientId('cli_bank'), strategy: 'longest-idle', targetSeconds: options.targetSeconds }],
    groups: [{ id: 'bank', count: staffing.maxAgents, memberships: [{ queueId: QUEUE, level: 1 }], schedule: staffing.steps }],
    horizonMs,
    intervalMs: options.intervalMs,
  };
  const serviceByType = serviceDistributions(calls);
  const results = Array.from({ length: options.replications }, (_, i) => {
    const seed = options.seed + i;
    return replay(config, arrivalsOf(calls, serviceByType, seed), seed);
  });
  return {
    originMs, rows: rows.length, replayed: calls.length, excluded, staffing,
    observed: observedKpis(calls, options.targetSeconds),
    simulated: summarize(results),
  };
}

function arrivalsOf(calls: readonly ReplayCall[], serviceByType: ReadonlyMap<string, Distribution>, seed: number): SimArrival[] {
  const rng = randomStream(seed, 1);
  return calls.map(({ call, arrivalMs, outcome, waitS }) => {
    const drawn = serviceByType.get(call.type) ?? serviceByType.get('*');
    return {
      contactId: contactId(`con_${call.line}`),
      at: arrivalMs,
      queueId: QUEUE,
      priority: call.priority === 2 ? 1 : 0,
      serviceMs: outcome === 'served' ? call.serTimeS * 1000 : (drawn?.sample(rng) ?? 0),
      patienceMs: outcome === 'served' ? Infinity : waitS * 1000,
    };
  });
}

/** Service times (ms) of the served calls, per type and overall ('*'). */
function serviceDistributions(calls: readonly ReplayCall[]): Map<string, Distribution> {
  const byType = new Map<string, number[]>([['*', []]]);
  for (const { call, outcome } of calls) {
    if (outcome !== 'served') continue;
    const mine = byType.get(call.type) ?? [];
    mine.push(call.serTimeS * 1000);
    byType.set(call.type, mine);
    byType.get('*')?.push(call.serTimeS * 1000);
  }
  return new Map([...byType].filter(([, v]) => v.length > 0).map(([k, v]) => [k, empirical(v)]));
}

/** DESIGN.md §5 KPIs of the log itself: a served call waited q_time (0 when it did not queue). */
export function observedKpis(calls: readonly ReplayCall[], targetSeconds: number): ObservedKpis {
  let answered = 0, abandoned = 0, within = 0, abandonedLate = 0, waitS = 0, serviceS = 0;
  for (const c of calls) {
    if (c.outcome === 'served') {
      answered += 1;
      waitS += c.waitS;
      serviceS += c.call.serTimeS;
      if (c.waitS <= targetSeconds) within += 1;
    } else {
      abandoned += 1;
      if (c.waitS > targetSeconds) abandonedLate += 1;
    }
  }
  const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
  return {
    offered: answered + abandoned, answered, abandoned,
    serviceLevel: ratio(within, answered + abandonedLate),
    asaSeconds: ratio(waitS, answered),
    abandonRate: ratio(abandoned, answered + abandoned),
    ahtSeconds: ratio(serviceS, answered),
  };
}
