import type { AgentStatus, DomainEvent } from '../acd/effects';
import type { AgentId, ContactId, QueueId } from '../ids';
import { emptyTally, kpisOf, sumTallies, type KpiTally, type Kpis } from './kpi-tally';

/**
 * What the KPIs cover. Contacts count in the interval of their arrival and only if they arrived in
 * [fromMs, toMs); agent time is cut to [fromMs, toMs) and split by wall clock. Interval i starts at
 * originMs + i·intervalMs (intervals before fromMs are not reported).
 */
export type KpiWindow = { readonly originMs: number; readonly intervalMs: number; readonly fromMs: number; readonly toMs: number };

export type KpiReport = {
  readonly overall: Kpis;
  readonly byClient: Readonly<Record<string, Kpis>>;
  readonly byQueue: Readonly<Record<string, Kpis>>;
  readonly intervals: readonly { readonly startMs: number; readonly kpis: Kpis }[];
};

type Slice = { readonly tally: KpiTally; talkMs: number };

/** Folds the ACD's domain events into KPI tallies per queue and arrival interval, plus agent time per interval. */
export class KpiCollector {
  private readonly first: number;
  private readonly queueTallies = new Map<QueueId, KpiTally[]>();
  private readonly clientOf = new Map<QueueId, string>();
  private readonly agentTallies: KpiTally[];
  private readonly agentSince = new Map<AgentId, { at: number; status: AgentStatus }>();
  private readonly inProgress = new Map<ContactId, Slice>();

  constructor(
    private readonly window: KpiWindow,
    private readonly targetMsOf: (queue: QueueId) => number,
  ) {
    this.first = Math.floor((window.fromMs - window.originMs) / window.intervalMs);
    const last = Math.ceil((window.toMs - window.originMs) / window.intervalMs);
    this.agentTallies = Array.from({ length: Math.max(0, last - this.first) }, emptyTally);
  }

  observe(event: DomainEvent): void {
    if (event.type === 'AgentStateChanged') return this.agentChanged(event.agentId, event.at, event.to);
    if (event.type === 'ContactEnded') {
      const slice = this.inProgress.get(event.contactId);
      if (slice !== undefined) slice.talkMs = event.talkMs;
      return;
    }
    if (event.type === 'WrapUpFinished') {
      const slice = this.inProgress.get(event.contactId);
      if (slice === undefined) return;
      slice.tally.handled += 1;
      slice.tally.handleMs += slice.talkMs + event.wrapUpMs;
      this.inProgress.delete(event.contactId);
      return;
    }
    if (event.type !== 'ContactAnswered' && event.type !== 'ContactAbandoned' && event.type !== 'ContactOverflowed') return;
    this.clientOf.set(event.queueId, event.clientId);
    const tally = this.tallyFor(event.queueId, event.at - event.waitMs);
    if (tally === undefined) return;
    const target = this.targetMsOf(event.queueId);
    if (event.type === 'ContactAnswered') {
      tally.answered += 1;
      tally.answeredWaitMs += event.waitMs;
      if (event.waitMs <= target) tally.answeredWithinTarget += 1;
      this.inProgress.set(event.contactId, { tally, talkMs: 0 });
    } else if (event.type === 'ContactAbandoned') {
      tally.abandoned += 1;
      tally.abandonedWaitMs += event.waitMs;
      if (event.waitMs > target) tally.abandonedAfterTarget += 1;
    } else {
      tally.overflowed += 1;
    }
  }

  /** KPIs so far; agent states still open are counted up to `endMs`. */
  report(endMs: number): KpiReport {
    for (const [agent, since] of this.agentSince) this.agentChanged(agent, endMs, since.status);
    const queues = [...this.queueTallies.entries()];
    const perInterval = this.agentTallies.map((agentTally, i) => sumTallies([agentTally, ...queues.map(([, t]) => t[i] as KpiTally)]));
    const clients = [...new Set(this.clientOf.values())].sort();
    const byClient = clients.map((client) => {
      const mine = queues.filter(([q]) => this.clientOf.get(q) === client).flatMap(([, t]) => t);
      return [client, kpisOf(sumTallies(mine))] as const;
    });
    return {
      overall: kpisOf(sumTallies(perInterval)),
      byClient: Object.fromEntries(byClient),
      byQueue: Object.fromEntries(queues.map(([q, t]) => [q, kpisOf(sumTallies(t))])),
      intervals: perInterval.map((tally, i) => ({ startMs: this.startOf(i), kpis: kpisOf(tally) })),
    };
  }

  private startOf(i: number): number {
    return this.window.originMs + (this.first + i) * this.window.intervalMs;
  }

  private indexOf(at: number): number {
    return Math.floor((at - this.window.originMs) / this.window.intervalMs) - this.first;
  }

  private tallyFor(queue: QueueId, arrivedAt: number): KpiTally | undefined {
    if (arrivedAt < this.window.fromMs || arrivedAt >= this.window.toMs) return undefined;
    let tallies = this.queueTallies.get(queue);
    if (tallies === undefined) {
      tallies = this.agentTallies.map(emptyTally);
      this.queueTallies.set(queue, tallies);
    }
    return tallies[this.indexOf(arrivedAt)];
  }

  private agentChanged(agent: AgentId, at: number, to: AgentStatus): void {
    const since = this.agentSince.get(agent);
    if (since !== undefined) this.addAgentTime(since.status, since.at, at);
    this.agentSince.set(agent, { at, status: to });
  }

  private addAgentTime(status: AgentStatus, fromMs: number, toMs: number): void {
    const handling = status === 'busy' || status === 'wrap-up';
    const available = status !== 'logged-out' && status !== 'not-ready';
    if (!available) return;
    let a = Math.max(fromMs, this.window.fromMs);
    const b = Math.min(toMs, this.window.toMs);
    while (a < b) {
      const i = this.indexOf(a);
      const end = Math.min(b, this.startOf(i + 1));
      const tally = this.agentTallies[i];
      if (tally !== undefined) {
        tally.availableAgentMs += end - a;
        if (handling) tally.handlingAgentMs += end - a;
      }
      a = end > a ? end : b;
    }
  }
}
