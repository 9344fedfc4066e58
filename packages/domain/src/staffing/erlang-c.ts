// Erlang C: the M/M/N delay system (infinitely patient callers, FCFS). Everything follows from
// Erlang B: C = N·B / (N − A·(1 − B)), the probability that an arriving call waits (PASTA).
// The wait of a delayed call is exponential with rate (N − A)/AHT, which gives the service level
// and the ASA. Reference: Kleinrock, "Queueing Systems" vol. 1 (1975), §3.5; Cooper,
// "Introduction to Queueing Theory" (1981), §5.3.
import { erlangB } from './erlang-b';

/** Offered traffic, agents and the times that turn probabilities into seconds. */
export type ErlangCInput = {
  /** Offered traffic A in erlangs (arrival rate × AHT). */
  readonly traffic: number;
  readonly agents: number;
  readonly ahtSeconds: number;
  /** T of the service level: the share of calls answered within T seconds. */
  readonly targetSeconds: number;
};

/** Steady-state figures of a queue; with no abandonment every figure is over all calls. */
export type ErlangCFigures = {
  /** P(an arriving call waits) = C(N, A). */
  readonly waitProbability: number;
  /** P(wait ≤ T): every call is answered, so this is answered within T / all calls. */
  readonly serviceLevel: number;
  /** Mean wait in seconds over all calls (those not delayed count as 0); Infinity when A ≥ N. */
  readonly asa: number;
  /** Mean share of time an agent is busy: A / N, capped at 1. */
  readonly occupancy: number;
};

/** Erlang C figures for `agents` agents; when A ≥ N the queue grows without bound. */
export function erlangC(input: ErlangCInput): ErlangCFigures {
  return erlangCFromBlocking(input, erlangB(input.traffic, input.agents));
}

/** Erlang C figures given B(A, N) already computed (a staffing search steps B as N grows). */
export function erlangCFromBlocking(input: ErlangCInput, blocking: number): ErlangCFigures {
  const { traffic, agents, ahtSeconds, targetSeconds } = input;
  if (!(agents >= 1 && ahtSeconds > 0 && targetSeconds >= 0)) {
    throw new RangeError(`erlangC needs agents ≥ 1, aht > 0 and target time ≥ 0, got ${agents}, ${ahtSeconds}, ${targetSeconds}`);
  }
  if (traffic >= agents) return { waitProbability: 1, serviceLevel: 0, asa: Infinity, occupancy: 1 };
  const waitProbability = (agents * blocking) / (agents - traffic * (1 - blocking));
  const drain = (agents - traffic) / ahtSeconds; // rate at which a delayed call's wait ends
  return {
    waitProbability,
    serviceLevel: 1 - waitProbability * Math.exp(-drain * targetSeconds),
    asa: waitProbability / drain,
    occupancy: traffic / agents,
  };
}
