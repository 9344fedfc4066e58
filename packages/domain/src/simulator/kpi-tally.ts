/** Counts and sums behind the KPIs of one slice (a queue and interval, a client, the whole run). */
export type KpiTally = {
  answered: number;
  abandoned: number;
  answeredWithinTarget: number;
  abandonedAfterTarget: number;
  answeredWaitMs: number;
  abandonedWaitMs: number;
  overflowed: number;
  /** Contacts whose talk and wrap-up finished, and those times. */
  handled: number;
  handleMs: number;
  /** Agent time: busy or in wrap-up, and logged in but not in not-ready (aux). */
  handlingAgentMs: number;
  availableAgentMs: number;
};

/** The KPIs of DESIGN.md §5 (default contract; short abandons are not excluded). */
export type Kpis = {
  /** answered + abandoned (overflowed contacts are reported separately). */
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly overflowed: number;
  /** answered within T ÷ (answered + abandoned after T); null when both are 0. */
  readonly serviceLevel: number | null;
  /** Mean wait of answered contacts, in seconds. */
  readonly asaSeconds: number | null;
  /** abandoned ÷ offered. */
  readonly abandonRate: number | null;
  /** Mean wait of abandoned contacts, in seconds. */
  readonly meanAbandonWaitSeconds: number | null;
  /** (talk + wrap-up) ÷ handled, in seconds. */
  readonly ahtSeconds: number | null;
  /** (busy + wrap-up time) ÷ (logged-in − not-ready time); null for a queue or client (agents are shared). */
  readonly occupancy: number | null;
};

export const KPI_NAMES = [
  'offered', 'answered', 'abandoned', 'overflowed', 'serviceLevel', 'asaSeconds', 'abandonRate', 'meanAbandonWaitSeconds', 'ahtSeconds', 'occupancy',
] as const satisfies readonly (keyof Kpis)[];

export const SERVICE_LEVEL_FORMULA = 'answered within T / (answered + abandoned after T)';

export function emptyTally(): KpiTally {
  return {
    answered: 0, abandoned: 0, answeredWithinTarget: 0, abandonedAfterTarget: 0, answeredWaitMs: 0, abandonedWaitMs: 0,
    overflowed: 0, handled: 0, handleMs: 0, handlingAgentMs: 0, availableAgentMs: 0,
  };
}

/** Adds `from` into `into` and returns `into`. */
export function addTally(into: KpiTally, from: KpiTally): KpiTally {
  for (const key of Object.keys(into) as (keyof KpiTally)[]) into[key] += from[key];
  return into;
}

export function sumTallies(tallies: Iterable<KpiTally>): KpiTally {
  const total = emptyTally();
  for (const tally of tallies) addTally(total, tally);
  return total;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function kpisOf(t: KpiTally): Kpis {
  const offered = t.answered + t.abandoned;
  const seconds = (ms: number, n: number): number | null => ratio(ms / 1000, n);
  return {
    offered,
    answered: t.answered,
    abandoned: t.abandoned,
    overflowed: t.overflowed,
    serviceLevel: ratio(t.answeredWithinTarget, t.answered + t.abandonedAfterTarget),
    asaSeconds: seconds(t.answeredWaitMs, t.answered),
    abandonRate: ratio(t.abandoned, offered),
    meanAbandonWaitSeconds: seconds(t.abandonedWaitMs, t.abandoned),
    ahtSeconds: seconds(t.handleMs, t.handled),
    occupancy: ratio(t.handlingAgentMs, t.availableAgentMs),
  };
}
