// Staffing: the smallest number of agents whose steady-state figures meet every target. Each
// figure is monotone in the number of agents, so the first N that meets all targets is the answer.
import { erlangA } from './erlang-a';
import { erlangB, nextErlangB } from './erlang-b';
import { erlangCFromBlocking } from './erlang-c';

/** The offered traffic and the queueing model it is staffed with. */
export type StaffingLoad =
  | { readonly model: 'erlang-b'; readonly traffic: number }
  | { readonly model: 'erlang-c'; readonly traffic: number; readonly ahtSeconds: number }
  | { readonly model: 'erlang-a'; readonly traffic: number; readonly ahtSeconds: number; readonly patienceSeconds: number };

/** Every target is optional; the staffing meets all those given. */
export type StaffingTargets = {
  /** Minimum service level (answered within `targetSeconds`, DESIGN.md §5), a fraction. */
  readonly serviceLevel?: number;
  /** T of the service level, used for the target and for the service level reported. */
  readonly targetSeconds: number;
  readonly maxAsaSeconds?: number;
  readonly maxOccupancy?: number;
  /** Maximum share of calls blocked (Erlang B; the delay models block nothing). */
  readonly maxBlocking?: number;
  /** Maximum share of calls abandoning (Erlang A; the other models lose no waiting caller). */
  readonly maxAbandon?: number;
};

/**
 * The figures at the chosen staffing. Under Erlang B blocked calls are lost and answered calls
 * never wait, so its service level is 1 and its ASA 0; ASA is over answered calls.
 */
export type StaffingFigures = {
  readonly waitProbability: number;
  readonly serviceLevel: number;
  readonly asa: number;
  readonly occupancy: number;
  readonly blocking: number;
  readonly abandonProbability: number;
};

export type StaffingResult =
  | { readonly ok: true; readonly agents: number; readonly scheduledAgents: number; readonly figures: StaffingFigures }
  | { readonly ok: false; readonly code: 'TARGET_UNREACHABLE' };

/** Searches stop here: beyond ten million agents a target is treated as unreachable. */
export const MAX_AGENTS = 10_000_000;

/**
 * Smallest number of agents (at least 1) meeting every target, and the agents to schedule once
 * `shrinkage` (the share of paid time not on the phones) is allowed for: ⌈agents / (1 − shrinkage)⌉.
 */
export function staff(load: StaffingLoad, targets: StaffingTargets, shrinkage = 0): StaffingResult {
  const found = load.model === 'erlang-a' ? searchErlangA(load, targets) : searchUpward(load, targets);
  if (found === undefined) return { ok: false, code: 'TARGET_UNREACHABLE' };
  // The tolerance keeps 21 / (1 − 0.3) = 30.000000000000004 from scheduling 31.
  const scheduledAgents = Math.ceil(found.agents / (1 - shrinkage) - 1e-9);
  return { ok: true, agents: found.agents, scheduledAgents, figures: found.figures };
}

/** True when the figures meet every target given. */
export function meetsTargets(f: StaffingFigures, t: StaffingTargets): boolean {
  return (
    (t.serviceLevel === undefined || f.serviceLevel >= t.serviceLevel) &&
    (t.maxAsaSeconds === undefined || f.asa <= t.maxAsaSeconds) &&
    (t.maxOccupancy === undefined || f.occupancy <= t.maxOccupancy) &&
    (t.maxBlocking === undefined || f.blocking <= t.maxBlocking) &&
    (t.maxAbandon === undefined || f.abandonProbability <= t.maxAbandon)
  );
}

/** The figures a model gives for `agents` agents. */
export function staffingFigures(load: StaffingLoad, agents: number, targetSeconds: number): StaffingFigures {
  if (load.model === 'erlang-a') return erlangAFigures(load, agents, targetSeconds);
  return upwardFigures(load, agents, targetSeconds, erlangB(load.traffic, agents));
}

type Found = { readonly agents: number; readonly figures: StaffingFigures };

// Erlang B and C: step N up from the first candidate, carrying B(A, N) along (O(1) per step).
function searchUpward(load: Exclude<StaffingLoad, { model: 'erlang-a' }>, targets: StaffingTargets): Found | undefined {
  let agents = load.model === 'erlang-c' ? firstErlangC(load.traffic, targets.maxOccupancy) : 1;
  if (agents > MAX_AGENTS) return undefined;
  let blocking = erlangB(load.traffic, agents);
  for (;;) {
    const figures = upwardFigures(load, agents, targets.targetSeconds, blocking);
    if (meetsTargets(figures, targets)) return { agents, figures };
    if (agents === MAX_AGENTS) return undefined;
    agents += 1;
    blocking = nextErlangB(load.traffic, agents, blocking);
  }
}

// Erlang C is only stable with more agents than erlangs, and its occupancy A/N ≤ X needs N ≥ A/X
// (one lower, in case the division rounds up).
function firstErlangC(traffic: number, maxOccupancy = 1): number {
  return Math.max(Math.floor(traffic) + 1, Math.ceil(traffic / maxOccupancy) - 1);
}

function upwardFigures(load: Exclude<StaffingLoad, { model: 'erlang-a' }>, agents: number, targetSeconds: number, blocking: number): StaffingFigures {
  const { traffic } = load;
  if (load.model === 'erlang-b') {
    return { waitProbability: 0, serviceLevel: 1, asa: 0, occupancy: (traffic * (1 - blocking)) / agents, blocking, abandonProbability: 0 };
  }
  const c = erlangCFromBlocking({ traffic, agents, ahtSeconds: load.ahtSeconds, targetSeconds }, blocking);
  return { ...c, blocking: 0, abandonProbability: 0 };
}

function erlangAFigures(load: Extract<StaffingLoad, { model: 'erlang-a' }>, agents: number, targetSeconds: number): StaffingFigures {
  const a = erlangA({ ...load, agents, targetSeconds });
  return {
    waitProbability: a.waitProbability,
    serviceLevel: a.serviceLevel,
    asa: a.asa,
    occupancy: a.occupancy,
    blocking: 0,
    abandonProbability: a.abandonProbability,
  };
}

// Erlang A is O(N) per evaluation: bracket the answer by doubling steps away from N = ⌈A⌉, then
// bisect, so a search costs O(log N) evaluations.
function searchErlangA(load: Extract<StaffingLoad, { model: 'erlang-a' }>, targets: StaffingTargets): Found | undefined {
  const meets = (n: number): Found | undefined => {
    const figures = erlangAFigures(load, n, targets.targetSeconds);
    return meetsTargets(figures, targets) ? { agents: n, figures } : undefined;
  };
  const start = Math.min(MAX_AGENTS, Math.max(1, Math.ceil(load.traffic)));
  let best = meets(start);
  let fails = 0; // largest N known to fail; 0 agents never serve anyone
  if (best === undefined) {
    fails = start;
    for (let step = 1; best === undefined; step *= 2) {
      if (fails === MAX_AGENTS) return undefined;
      const n = Math.min(start + step, MAX_AGENTS);
      best = meets(n);
      if (best === undefined) fails = n;
    }
  } else {
    for (let step = 1; start - step >= 1; step *= 2) {
      const lower = meets(start - step);
      if (lower === undefined) {
        fails = start - step;
        break;
      }
      best = lower;
    }
  }
  while (best.agents - fails > 1) {
    const mid = Math.floor((best.agents + fails) / 2);
    const found = meets(mid);
    if (found === undefined) fails = mid;
    else best = found;
  }
  return best;
}
