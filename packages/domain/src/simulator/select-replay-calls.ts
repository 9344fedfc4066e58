import type { BankCall } from './parse-bank-calls';

const DAY_MS = 86_400_000;
const HALF_DAY_S = 43_200;

/** A call that reached the agents' queue, placed on one time line (ms since the first day's midnight). */
export type ReplayCall = {
  readonly call: BankCall;
  readonly arrivalMs: number;
  readonly outcome: 'served' | 'abandoned';
  /** Observed wait in the queue (q_time; 0 for a call an idle agent took straight from the VRU). */
  readonly waitS: number;
  /** Observed service span (served calls), for the staffing inference. */
  readonly service: { readonly startMs: number; readonly seconds: number } | null;
};

/** Why rows were left out of a replay, with how many. */
export type Exclusions = {
  /** PHANTOM: not a real caller (virtual/test calls of the log); never reached an agent's queue as a caller. */
  readonly phantom: number;
  /** HANG with no q_start: hung up in the VRU, never offered to an agent. */
  readonly hungUpInVru: number;
  /** AGENT with no ser_start: served, but no service time to replay. */
  readonly servedWithoutServiceTime: number;
};

/**
 * The calls the agents saw, and those left out. Kept: served calls (AGENT) — arriving at q_start,
 * or at vru_exit when an idle agent took them with no queueing (q_start = 0:00:00, about 40 % of
 * the served calls; leaving them out would hide that load) — and calls that hung up in the queue
 * (HANG with a q_start, wait = q_time; a few also carry ser_* fields, which are ignored).
 * A time more than 12 h before vru_entry belongs to the next day (a call crossing midnight); a
 * little before it is clock skew (19 rows have vru_exit minutes before vru_entry) and stays.
 */
export function selectReplayCalls(calls: readonly BankCall[]): { readonly calls: ReplayCall[]; readonly excluded: Exclusions; readonly originMs: number } {
  const originMs = calls.reduce((min, c) => Math.min(min, c.dayMs), Infinity);
  const excluded = { phantom: 0, hungUpInVru: 0, servedWithoutServiceTime: 0 };
  const kept: ReplayCall[] = [];
  const at = (call: BankCall, seconds: number): number =>
    call.dayMs - originMs + seconds * 1000 + (seconds + HALF_DAY_S < call.vruEntryS ? DAY_MS : 0);
  for (const call of calls) {
    if (call.outcome === 'PHANTOM') excluded.phantom += 1;
    else if (call.outcome === 'HANG' && call.qStartS === null) excluded.hungUpInVru += 1;
    else if (call.outcome === 'AGENT' && call.serStartS === null) excluded.servedWithoutServiceTime += 1;
    else {
      const served = call.outcome === 'AGENT';
      const entered = call.qStartS ?? call.vruExitS ?? call.vruEntryS;
      kept.push({
        call,
        arrivalMs: at(call, entered),
        outcome: served ? 'served' : 'abandoned',
        waitS: call.qStartS === null ? 0 : call.qTimeS,
        service: served && call.serStartS !== null ? { startMs: at(call, call.serStartS), seconds: call.serTimeS } : null,
      });
    }
  }
  kept.sort((a, b) => a.arrivalMs - b.arrivalMs || a.call.line - b.call.line);
  return { calls: kept, excluded, originMs: calls.length === 0 ? 0 : originMs };
}
