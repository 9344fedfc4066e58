import { clientId, lognormalCv, queueId, exponential, type SimulationConfig } from '@switchboard/domain';

const HOUR = 3_600_000;
const HALF_HOUR = HOUR / 2;
const OPEN = 8 * HOUR;
const CLOSE = 20 * HOUR;

/** A day's shape: the share of the mean rate in each half hour from 08:00 to 20:00 (two peaks). */
const DAY_SHAPE = [
  0.5, 0.7, 1.0, 1.3, 1.5, 1.5, 1.4, 1.2, 1.0, 1.0, 1.2, 1.3,
  1.3, 1.2, 1.1, 1.0, 0.9, 0.9, 0.8, 0.8, 0.7, 0.6, 0.5, 0.4,
];

export type DemoClient = {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly targetSeconds: number;
  readonly targetRatio: number;
  readonly maxAbandonRate: number;
};
export type DemoQueue = { readonly id: string; readonly name: string; readonly client: string };

export const DEMO_ORG = 'Northwind Contact Services';

export const DEMO_CLIENTS: readonly DemoClient[] = [
  { id: 'cli_fibrelink', name: 'Fibrelink', kind: 'internet provider', targetSeconds: 20, targetRatio: 0.8, maxAbandonRate: 0.05 },
  { id: 'cli_parcelo', name: 'Parcelo', kind: 'delivery company', targetSeconds: 30, targetRatio: 0.9, maxAbandonRate: 0.05 },
];

export const DEMO_QUEUES: readonly DemoQueue[] = [
  { id: 'que_fibre_support', name: 'technical support', client: 'cli_fibrelink' },
  { id: 'que_fibre_billing', name: 'billing', client: 'cli_fibrelink' },
  { id: 'que_parcel_tracking', name: 'where is my parcel', client: 'cli_parcelo' },
];

export const DEMO_WINDOW = { openMs: OPEN, closeMs: CLOSE };

/** Mean agents logged in per team over the day (scaled by the day's shape). */
const FIBRE_TEAM = 22;
const PARCEL_TEAM = 9;
const FLEX_TEAM = 6;
export const DEMO_TEAMS = { fibre: FIBRE_TEAM, parcel: PARCEL_TEAM, flex: FLEX_TEAM };

const q = (id: string) => queueId(id);
const shaped = (meanPerMinute: number) => ({ kind: 'piecewise', intervalMs: HALF_HOUR, originMs: OPEN, perMinute: DAY_SHAPE.map((s) => s * meanPerMinute) }) as const;
/** A team staffed to the forecast: `mean` agents scaled by the day's shape, per half hour. */
const rostered = (id: string, mean: number, memberships: { queueId: ReturnType<typeof q>; level: number }[]) => {
  const counts = DAY_SHAPE.map((share) => Math.round(mean * share));
  const schedule = [...counts.map((count, i) => ({ atMs: OPEN + i * HALF_HOUR, count })), { atMs: CLOSE, count: 0 }];
  return { id, count: Math.max(...counts), schedule, memberships };
};

/**
 * One day of an outsourcing floor: two clients, three queues, three agent groups. Each team serves
 * its own queue first (level 1) and helps elsewhere at level 2; a small multi-skilled group takes
 * billing and parcels alike. Each team is rostered to the day's shape, half hour by half hour.
 */
export function demoScenario(): SimulationConfig {
  const target = (id: string) => DEMO_CLIENTS.find((c) => c.id === DEMO_QUEUES.find((x) => x.id === id)?.client) as DemoClient;
  const queue = (id: string, wrapUpSeconds: number) => ({
    id: q(id), clientId: clientId(target(id).id), strategy: 'longest-idle' as const,
    targetSeconds: target(id).targetSeconds, targetRatio: target(id).targetRatio, wrapUpSeconds,
  });
  return {
    queues: [queue('que_fibre_support', 30), queue('que_fibre_billing', 20), queue('que_parcel_tracking', 10)],
    groups: [
      rostered('fibre', FIBRE_TEAM, [{ queueId: q('que_fibre_support'), level: 1 }, { queueId: q('que_fibre_billing'), level: 2 }]),
      rostered('parcel', PARCEL_TEAM, [{ queueId: q('que_parcel_tracking'), level: 1 }, { queueId: q('que_fibre_billing'), level: 2 }]),
      rostered('flex', FLEX_TEAM, [{ queueId: q('que_fibre_billing'), level: 1 }, { queueId: q('que_parcel_tracking'), level: 1 }, { queueId: q('que_fibre_support'), level: 2 }]),
    ],
    streams: [
      { queueId: q('que_fibre_support'), rate: shaped(2.6), handlingMs: lognormalCv(420_000, 0.8), patienceMs: exponential(180_000) },
      { queueId: q('que_fibre_billing'), rate: shaped(1.2), handlingMs: lognormalCv(240_000, 0.6), patienceMs: exponential(120_000) },
      { queueId: q('que_parcel_tracking'), rate: shaped(3.5), handlingMs: lognormalCv(150_000, 0.5), patienceMs: exponential(90_000) },
    ],
    horizonMs: CLOSE,
    warmUpMs: OPEN,
    intervalMs: HALF_HOUR,
  };
}
