import { contactId, type ContactId, type QueueId } from '../ids';
import { poissonArrivals } from './poisson-arrivals';
import type { RandomStream } from './random-stream';
import type { ArrivalStream } from './simulation-config';

/** One contact of a run, fully drawn in advance: when it arrives, how long it talks, how long it waits. */
export type SimArrival = {
  readonly contactId: ContactId;
  readonly at: number;
  readonly queueId: QueueId;
  readonly priority: number;
  readonly serviceMs: number;
  /** Infinity = never hangs up. */
  readonly patienceMs: number;
};

/** Independent random streams of one replication. */
export type WorkloadStreams = { readonly arrivals: RandomStream; readonly service: RandomStream; readonly patience: RandomStream };

/**
 * Draws every contact of a replication up front, sorted by arrival time (stream order breaks ties).
 * Drawing before the run keeps the run itself deterministic and lets scenarios share random numbers.
 */
export function generateWorkload(streams: readonly ArrivalStream[], horizonMs: number, rng: WorkloadStreams): SimArrival[] {
  const drawn = streams.flatMap((stream, s) =>
    poissonArrivals(stream.rate, 0, horizonMs, rng.arrivals).map((at) => ({ at, s })),
  );
  drawn.sort((a, b) => a.at - b.at || a.s - b.s);
  return drawn.map(({ at, s }, i) => {
    const stream = streams[s] as ArrivalStream;
    return {
      contactId: contactId(`con_${i + 1}`),
      at,
      queueId: stream.queueId,
      priority: stream.priority ?? 0,
      serviceMs: stream.handlingMs.sample(rng.service),
      patienceMs: stream.patienceMs === null ? Infinity : stream.patienceMs.sample(rng.patience),
    };
  });
}
