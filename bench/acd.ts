// ACD decision benchmark (DESIGN.md §6): per-decision latency of `decide` on a loaded organization.
// 1,000 queues (one in five a chat queue) and 100,000 waiting contacts; 10,000 agents (and, for the
// growth ratio, 100) in 5 seeded-random queues each at levels 1–3. A small discrete-event simulation
// of a busy center drives it: Poisson arrivals and abandons, offers answered after a few seconds of
// ringing (or left to ring out, or declined), talk and wrap-up (by timer or ended early), breaks and
// returns from breaks. Every rate is per agent, so both sizes see the same mix of decisions. Prints
// one JSON object; single thread; decisions/s is decisions over the time spent inside `decide`.
import { commit } from './commit';
import { agentId, clientId, contactId, orgId, queueId, type AgentId, type ContactId } from '../packages/domain/src/ids';
import type { AcdConfig, AgentConfig, QueueConfig, Strategy } from '../packages/domain/src/acd/config';
import { createAcdState, decide } from '../packages/domain/src/acd/decide';
import type { Effect } from '../packages/domain/src/acd/effects';
import type { AcdEvent } from '../packages/domain/src/acd/events';
import type { AcdState } from '../packages/domain/src/acd/state';

const QUEUES = 1_000;
const WAITING = 100_000;
const QUEUES_PER_AGENT = 5;
const WARMUP = 100_000;
const MEASURED = 400_000;
const isChatQueue = (q: number) => q % 5 === 0;

// Per agent: ~180 s talk + ~20 s wrap-up per contact; a break (~5 min) about every hour.
const TALK_S = 180;
const SERVICE_RATE_PER_AGENT = 1 / 200;
const ABANDON_SHARE = 0.25; // abandons per answered contact; arrivals = answers + abandons keep the line about steady
const BREAK_EVERY_S = 3_600;
const BREAK_S = 300;

/** mulberry32: a small seeded generator, so every run measures the same workload. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function organization(agents: number, random: () => number): AcdConfig {
  const strategies: Strategy[] = ['longest-idle', 'longest-idle', 'longest-idle', 'round-robin', 'fewest-contacts', 'least-talk-time', 'top-down', 'random'];
  const queues = Array.from({ length: QUEUES }, (_, i): QueueConfig => ({
    id: queueId(`que_${i}`), clientId: clientId(`cli_${i % 50}`), strategy: strategies[i % strategies.length] as Strategy,
    ringTimeoutSeconds: 15, noAnswerReason: i % 2 === 0 ? 'missed-offer' : null, wrapUpSeconds: 10 + (i % 3) * 10,
    maxWaitSeconds: null, maxWaiting: null, overflow: { kind: 'voicemail' }, refuseWhenEmpty: false, leaveWhenEmpty: false,
    escalation: [], announceEverySeconds: null, serviceLevel: { targetSeconds: 20, targetRatio: 0.8 },
  }));
  const agentConfigs = Array.from({ length: agents }, (_, i): AgentConfig => {
    const chat = i % 5 === 0; // one agent in five also takes chats (3 at once) and joins chat queues
    const picked = new Set<number>();
    while (picked.size < QUEUES_PER_AGENT) {
      const q = Math.floor(random() * QUEUES);
      if (chat || !isChatQueue(q)) picked.add(q);
    }
    return {
      id: agentId(`agt_${i}`),
      memberships: [...picked].map((q, n) => ({ queueId: queueId(`que_${q}`), level: n < 2 ? 1 : n < 4 ? 2 : 3 })),
      capacity: { voice: 1, chat: chat ? 3 : 0, email: 0, callback: 1 }, voiceBlocksOthers: true,
    };
  });
  return { orgId: orgId('org_bench'), queueSelection: 'oldest-first', queues, agents: agentConfigs, seed: 7 };
}

type Scheduled = { at: number; seq: number; timerKey: string | null; make: () => AcdEvent | undefined };

/** The simulated center: the shell's timers plus what callers and agents do, in time order. */
class Center {
  readonly state: AcdState;
  now = 0;
  private readonly heap: Scheduled[] = [];
  private readonly timers = new Map<string, number>();
  private readonly waiting: ContactId[] = [];
  private seq = 0;
  private arrivals = 0;
  private readonly arrivalRate: number;

  constructor(readonly agents: number, private readonly random: () => number) {
    this.state = createAcdState(organization(agents, random));
    this.arrivalRate = agents * SERVICE_RATE_PER_AGENT * (1 + ABANDON_SHARE);
  }

  /** Logs every agent in and queues arrivals until every agent is busy and `WAITING` contacts wait. */
  fill(): void {
    for (let i = 0; i < this.agents; i += 1) this.send({ type: 'AgentPresenceSet', at: 0, agentId: agentId(`agt_${i}`), presence: { kind: 'ready' } });
    while (this.waitingCount() < WAITING) this.send(this.arrival());
    this.every(1 / this.arrivalRate, () => this.arrival());
    this.every(1 / (this.agents * SERVICE_RATE_PER_AGENT * ABANDON_SHARE), () => this.abandon());
    this.every(BREAK_EVERY_S / this.agents, () => this.takeBreak());
  }

  waitingCount(): number {
    let n = 0;
    for (const queue of this.state.queues.values()) n += queue.waiting.size;
    return n;
  }

  /** The next input for the ACD (stale ones, e.g. an answer to an offer since revoked, are skipped). */
  next(): AcdEvent {
    for (;;) {
      const item = this.pop();
      this.now = Math.max(this.now, item.at);
      if (item.timerKey !== null) {
        if (this.timers.get(item.timerKey) !== item.at) continue; // cancelled or re-armed
        this.timers.delete(item.timerKey);
        return { type: 'TimerFired', at: this.now, key: item.timerKey };
      }
      const event = item.make();
      if (event !== undefined) return event;
    }
  }

  send(event: AcdEvent): void {
    this.observe(decide(this.state, event).effects);
  }

  /** What the shell and the people do with the effects: arm timers, answer, talk, come back from a miss. */
  observe(effects: readonly Effect[]): void {
    for (const e of effects) {
      if (e.type === 'StartTimer') {
        this.timers.set(e.key, e.at);
        this.schedule(e.at, null, e.key);
      } else if (e.type === 'CancelTimer') this.timers.delete(e.key);
      else if (e.type === 'OfferContact') this.ring(e.offerId);
      else if (e.type === 'Emit') this.react(e.event);
    }
  }

  private react(event: Extract<Effect, { type: 'Emit' }>['event']): void {
    if (event.type === 'ContactAnswered') {
      const id = event.contactId;
      this.schedule(this.now + this.exponential(TALK_S) * 1000, () => this.contactIs(id, 'connected') ? { type: 'ContactEnded', at: this.now, contactId: id } : undefined);
    } else if (event.type === 'ContactEnded' && this.random() < 0.2) {
      const { agentId: agent, contactId: id } = event;
      this.schedule(this.now + 5_000, () => this.contactIs(id, 'wrap-up') ? { type: 'WrapUpEnded', at: this.now, agentId: agent, contactId: id } : undefined);
    } else if (event.type === 'ContactQueued') this.waiting.push(event.contactId);
    else if (event.type === 'AgentStateChanged' && event.to === 'not-ready' && event.reason === 'missed-offer') this.backAfter(event.agentId, 30);
  }

  /** Most offers are answered after 2–8 s of ringing; some are declined, some ring out. */
  private ring(offerId: Extract<Effect, { type: 'OfferContact' }>['offerId']): void {
    const roll = this.random();
    const type = roll < 0.93 ? 'OfferAccepted' : roll < 0.96 ? 'OfferDeclined' : undefined;
    if (type === undefined) return;
    this.schedule(this.now + 2_000 + 6_000 * this.random(), () => (this.state.offers.has(offerId) ? { type, at: this.now, offerId } : undefined));
  }

  private arrival(): AcdEvent {
    this.arrivals += 1;
    const q = Math.floor(this.random() * QUEUES);
    return {
      type: 'ContactArrived', at: this.now, contactId: contactId(`con_${this.arrivals}`), queueId: queueId(`que_${q}`),
      channel: isChatQueue(q) ? 'chat' : 'voice', priority: this.random() < 0.1 ? 1 : 0,
    };
  }

  private abandon(): AcdEvent | undefined {
    for (let tries = 0; tries < 8 && this.waiting.length > 0; tries += 1) {
      const i = Math.floor(this.random() * this.waiting.length);
      const id = this.waiting[i] as ContactId;
      this.waiting[i] = this.waiting[this.waiting.length - 1] as ContactId;
      this.waiting.pop();
      if (this.contactIs(id, 'waiting')) return { type: 'ContactAbandoned', at: this.now, contactId: id };
    }
    return undefined;
  }

  private takeBreak(): AcdEvent | undefined {
    const agent = agentId(`agt_${Math.floor(this.random() * this.agents)}`);
    if (this.state.agents.get(agent)?.presence.kind !== 'ready') return undefined;
    this.backAfter(agent, this.exponential(BREAK_S));
    return { type: 'AgentPresenceSet', at: this.now, agentId: agent, presence: { kind: 'not-ready', reason: 'break' } };
  }

  private backAfter(agent: AgentId, seconds: number): void {
    this.schedule(this.now + seconds * 1000, () => ({ type: 'AgentPresenceSet', at: this.now, agentId: agent, presence: { kind: 'ready' } }));
  }

  private contactIs(id: ContactId, phase: string): boolean {
    return this.state.contacts.get(id)?.phase === phase;
  }

  /** A Poisson process: `make` every exponential(mean) seconds, forever. */
  private every(meanSeconds: number, make: () => AcdEvent | undefined): void {
    this.schedule(this.now + this.exponential(meanSeconds) * 1000, () => {
      this.every(meanSeconds, make);
      return make();
    });
  }

  private exponential(mean: number): number {
    return -Math.log(1 - this.random()) * mean;
  }

  /** Milliseconds, like every instant of the ACD. */
  private schedule(atMs: number, make: (() => AcdEvent | undefined) | null, timerKey: string | null = null): void {
    const item: Scheduled = { at: Math.round(atMs), seq: (this.seq += 1), timerKey, make: make ?? (() => undefined) };
    const heap = this.heap;
    heap.push(item);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent] as Scheduled)) break;
      heap[i] = heap[parent] as Scheduled;
      heap[parent] = item;
      i = parent;
    }
  }

  private pop(): Scheduled {
    const heap = this.heap;
    const top = heap[0] as Scheduled;
    const last = heap.pop() as Scheduled;
    if (heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right] as Scheduled, heap[left] as Scheduled) ? right : left;
      if (!before(heap[child] as Scheduled, last)) break;
      heap[i] = heap[child] as Scheduled;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

const before = (a: Scheduled, b: Scheduled): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);

type Run = { agents: number; waiting: number; decisionsPerSec: number; p50Us: number; p99Us: number };

function measure(agents: number): Run {
  const center = new Center(agents, seeded(agents));
  center.fill();
  let waiting = 0;
  const samples = new Float64Array(MEASURED);
  for (let i = 0; i < WARMUP + MEASURED; i += 1) {
    if (i === WARMUP) waiting = center.waitingCount();
    const event = center.next();
    const start = process.hrtime.bigint();
    const { effects } = decide(center.state, event);
    const ns = Number(process.hrtime.bigint() - start);
    if (i >= WARMUP) samples[i - WARMUP] = ns;
    center.observe(effects);
  }
  const total = samples.reduce((sum, ns) => sum + ns, 0);
  samples.sort();
  const quantile = (q: number) => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number) / 1000;
  return { agents, waiting, decisionsPerSec: Math.round(MEASURED / (total / 1e9)), p50Us: round(quantile(0.5)), p99Us: round(quantile(0.99)) };
}

const round = (x: number) => Math.round(x * 100) / 100;

const large = measure(10_000);
const small = measure(100);
console.log(JSON.stringify({
  agents: large.agents, queues: QUEUES, waiting: large.waiting, decisionsPerSec: large.decisionsPerSec,
  p50Us: large.p50Us, p99Us: large.p99Us, p99Us100Agents: small.p99Us, growthRatio: round(large.p99Us / small.p99Us), commit: commit(),
}));
