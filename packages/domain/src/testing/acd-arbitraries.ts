// Valid ACD event logs from generated intents (STYLE.md §9, ACD properties). fast-check generates
// `AcdIntent`s ("accept some outstanding offer", "let 40 s pass"); `ScenarioDriver` turns each into
// a concrete event from what the effects so far say is outstanding, fires due timers in time order,
// and tracks every contact and offer in a `LogModel` built from the effects alone, so properties can
// compare it with the state. Not part of the package's public API.
import fc from 'fast-check';
import { agentId, clientId, contactId, orgId, queueId, type Instant } from '../ids';
import type { AcdConfig, AgentConfig, Channel, EscalationAction, OverflowTarget, QueueConfig, Strategy } from '../acd/config';
import { createAcdState, decide } from '../acd/decide';
import type { Effect } from '../acd/effects';
import type { AcdEvent, RequestedPresence } from '../acd/events';
import type { AcdState } from '../acd/state';
import { LogModel, phaseOf, type ModelContact } from './acd-log-model';

/** `dt`: milliseconds to let pass first (due timers fire); negative: up to the instant the next timer is due, acting before it fires. */
type Timed = { readonly dt: number };
export type AcdIntent = Timed & (
  | { readonly kind: 'arrive'; readonly queue: number; readonly channel: Channel; readonly priority: number }
  | { readonly kind: 'presence'; readonly agent: number; readonly presence: RequestedPresence }
  | { readonly kind: 'accept' | 'decline' | 'end' | 'abandon' | 'request-callback'; readonly pick: number; readonly stale: boolean }
  | { readonly kind: 'end-wrap-up'; readonly pick: number; readonly all: boolean }
  | { readonly kind: 'fire-stale-timer'; readonly pick: number }
  | { readonly kind: 'wait' }
);

export type AcdScenario = { readonly config: AcdConfig; readonly intents: readonly AcdIntent[] };

/** Why the driver sent an event: an intent, a due timer, or something deliberately out of date. */
export type StepOrigin = 'input' | 'due-timer' | 'stale-timer' | 'stale-input';
export type AcdStep = { readonly index: number; readonly event: AcdEvent; readonly effects: readonly Effect[]; readonly origin: StepOrigin };

/** Checks run around every step; `before` sees the state the event is about to change. */
export type StepObserver = {
  readonly before?: (driver: ScenarioDriver, event: AcdEvent, origin: StepOrigin) => void;
  readonly after: (step: AcdStep, driver: ScenarioDriver) => void;
};

const STRATEGIES: readonly Strategy[] = ['longest-idle', 'round-robin', 'fewest-contacts', 'least-talk-time', 'top-down', 'random', 'ring-all'];
const queueIdAt = (i: number) => queueId(`que_${i + 1}`);
const agentIdAt = (i: number) => agentId(`agt_${String.fromCharCode(97 + i)}`);

// Queue and agent references are drawn as plain numbers and resolved modulo the org's size, so
// shrinking the org never leaves a dangling reference.
const aTarget = fc.oneof(
  fc.record({ kind: fc.constant('queue' as const), ref: fc.nat(9) }),
  fc.constantFrom({ kind: 'voicemail' as const }, { kind: 'callback' as const }, { kind: 'disconnect' as const }),
);
type RawTarget = { kind: 'queue'; ref: number } | { kind: 'voicemail' } | { kind: 'callback' } | { kind: 'disconnect' };
const anAction = fc.oneof(
  fc.record({ kind: fc.constant('add-queues' as const), refs: fc.array(fc.nat(9), { minLength: 1, maxLength: 2 }) }),
  fc.record({ kind: fc.constant('add-agents' as const), refs: fc.array(fc.nat(9), { minLength: 1, maxLength: 2 }) }),
  fc.record({ kind: fc.constant('raise-priority' as const), by: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('overflow' as const), target: aTarget }),
);
const aRawQueue = fc.record({
  client: fc.nat(1),
  strategy: fc.constantFrom(...STRATEGIES),
  ringTimeoutSeconds: fc.integer({ min: 5, max: 30 }),
  missedGoesNotReady: fc.boolean(),
  wrapUpSeconds: fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 60 })),
  maxWaitSeconds: fc.option(fc.integer({ min: 20, max: 300 }), { nil: null }),
  maxWaiting: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  overflow: aTarget,
  refuseWhenEmpty: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
  leaveWhenEmpty: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
  escalation: fc.array(fc.record({ afterSeconds: fc.integer({ min: 5, max: 200 }), action: anAction }), { maxLength: 3 }),
  announceEverySeconds: fc.option(fc.integer({ min: 10, max: 60 }), { nil: null }),
  targetSeconds: fc.integer({ min: 10, max: 30 }),
});
const aRawAgent = fc.record({
  memberships: fc.array(fc.record({ ref: fc.nat(9), level: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 4 }),
  chat: fc.constantFrom(0, 2, 3),
  email: fc.constantFrom(0, 1),
  voiceBlocksOthers: fc.boolean(),
});

/** A small organization: 2–4 queues of two clients, 2–6 agents in 1–4 of them at levels 1–3. */
export function anAcdConfig(): fc.Arbitrary<AcdConfig> {
  return fc.record({
    queues: fc.array(aRawQueue, { minLength: 2, maxLength: 4 }),
    agents: fc.array(aRawAgent, { minLength: 2, maxLength: 6 }),
    queueSelection: fc.constantFrom('oldest-first' as const, 'furthest-behind-service-level' as const),
    seed: fc.integer(),
  }).map(({ queues, agents, queueSelection, seed }) => {
    const q = (ref: number) => queueIdAt(ref % queues.length);
    const a = (ref: number) => agentIdAt(ref % agents.length);
    const target = (t: RawTarget): OverflowTarget => (t.kind === 'queue' ? { kind: 'queue', queueId: q(t.ref) } : t.kind === 'disconnect' ? { kind: 'disconnect', message: 'sorry' } : t);
    const action = (raw: typeof anAction extends fc.Arbitrary<infer T> ? T : never): EscalationAction => {
      if (raw.kind === 'add-queues') return { kind: 'add-queues', queueIds: raw.refs.map(q) };
      if (raw.kind === 'add-agents') return { kind: 'add-agents', agentIds: raw.refs.map(a) };
      return raw.kind === 'overflow' ? { kind: 'overflow', target: target(raw.target) } : raw;
    };
    return {
      orgId: orgId('org_1'), queueSelection, seed,
      queues: queues.map((raw, i): QueueConfig => ({
        id: queueIdAt(i), clientId: clientId(`cli_${raw.client + 1}`), strategy: raw.strategy, ringTimeoutSeconds: raw.ringTimeoutSeconds,
        noAnswerReason: raw.missedGoesNotReady ? 'missed-offer' : null, wrapUpSeconds: raw.wrapUpSeconds, maxWaitSeconds: raw.maxWaitSeconds,
        maxWaiting: raw.maxWaiting, overflow: target(raw.overflow), refuseWhenEmpty: raw.refuseWhenEmpty, leaveWhenEmpty: raw.leaveWhenEmpty,
        escalation: [...raw.escalation].sort((x, y) => x.afterSeconds - y.afterSeconds).map((s) => ({ afterSeconds: s.afterSeconds, action: action(s.action) })),
        announceEverySeconds: raw.announceEverySeconds, serviceLevel: { targetSeconds: raw.targetSeconds, targetRatio: 0.8 },
      })),
      agents: agents.map((raw, i): AgentConfig => ({
        id: agentIdAt(i),
        memberships: [...new Map(raw.memberships.map((m) => [q(m.ref), { queueId: q(m.ref), level: m.level }])).values()],
        capacity: { voice: 1, chat: raw.chat, email: raw.email, callback: 1 },
        voiceBlocksOthers: raw.voiceBlocksOthers,
      })),
    };
  });
}

const aDelay = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 8_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 8_000, max: 150_000 }) },
  { weight: 1, arbitrary: fc.constant(-1) },
);
const aPick = fc.nat(1_000);
const aStale = fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const aPresence = fc.oneof(
  { weight: 4, arbitrary: fc.constant<RequestedPresence>({ kind: 'ready' }) },
  { weight: 2, arbitrary: fc.constantFrom<RequestedPresence>({ kind: 'not-ready', reason: 'break' }, { kind: 'not-ready', reason: 'lunch' }) },
  { weight: 1, arbitrary: fc.constant<RequestedPresence>({ kind: 'logged-out' }) },
);
const aChannel = fc.oneof({ weight: 5, arbitrary: fc.constant<Channel>('voice') }, { weight: 3, arbitrary: fc.constant<Channel>('chat') }, { weight: 1, arbitrary: fc.constantFrom<Channel>('email', 'callback') });
const aPriority = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) });
const picked = (kind: 'accept' | 'decline' | 'end' | 'abandon' | 'request-callback') => fc.record({ kind: fc.constant(kind), dt: aDelay, pick: aPick, stale: aStale });

/** One step of a scenario, resolved against what is outstanding when it is performed. */
export function anAcdIntent(): fc.Arbitrary<AcdIntent> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('arrive' as const), dt: aDelay, queue: fc.nat(9), channel: aChannel, priority: aPriority }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('presence' as const), dt: aDelay, agent: fc.nat(9), presence: aPresence }) },
    { weight: 5, arbitrary: picked('accept') },
    { weight: 1, arbitrary: picked('decline') },
    { weight: 3, arbitrary: picked('end') },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('end-wrap-up' as const), dt: aDelay, pick: aPick, all: fc.boolean() }) },
    { weight: 1, arbitrary: picked('abandon') },
    { weight: 1, arbitrary: picked('request-callback') },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), dt: aDelay }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('fire-stale-timer' as const), dt: fc.constant(0), pick: aPick }) },
  );
}

export function anAcdScenario(maxIntents = 80): fc.Arbitrary<AcdScenario> {
  return fc.record({ config: anAcdConfig(), intents: fc.array(anAcdIntent(), { maxLength: maxIntents, size: 'max' }) });
}

/** Feeds a scenario's intents to `decide` as concrete events, firing timers as time passes. */
export class ScenarioDriver {
  readonly state: AcdState;
  readonly model = new LogModel();
  readonly log: AcdEvent[] = [];
  readonly steps: AcdStep[] = [];
  /** Active timers as the shell would hold them: StartTimer (re)arms, CancelTimer and firing disarm. */
  readonly timers = new Map<string, Instant>();
  /** Keys started once and no longer active: firing one is a stale, late timer. */
  readonly deadKeys = new Set<string>();
  now = 0;
  private arrivals = 0;

  constructor(readonly config: AcdConfig, private readonly observers: readonly StepObserver[] = []) {
    this.state = createAcdState(config);
  }

  run(intents: readonly AcdIntent[]): this {
    for (const intent of intents) this.perform(intent);
    return this;
  }

  send(event: AcdEvent, origin: StepOrigin): AcdStep {
    for (const o of this.observers) o.before?.(this, event, origin);
    this.now = Math.max(this.now, event.at);
    const { effects } = decide(this.state, event);
    this.log.push(event);
    for (const effect of effects) {
      if (effect.type === 'StartTimer') {
        this.timers.set(effect.key, effect.at);
        this.deadKeys.delete(effect.key);
      } else if (effect.type === 'CancelTimer' && this.timers.delete(effect.key)) this.deadKeys.add(effect.key);
    }
    this.model.apply(event, effects);
    const step: AcdStep = { index: this.steps.length, event, effects, origin };
    this.steps.push(step);
    for (const o of this.observers) o.after(step, this);
    return step;
  }

  /** Fires, earliest first, every timer due by `until` (an overdue one fires at the current time). */
  advance(until: Instant): void {
    for (;;) {
      let due: [string, Instant] | undefined;
      for (const entry of this.timers) if (entry[1] <= until && (due === undefined || entry[1] < due[1] || (entry[1] === due[1] && entry[0] < due[0]))) due = entry;
      if (due === undefined) break;
      this.timers.delete(due[0]);
      this.deadKeys.add(due[0]);
      this.send({ type: 'TimerFired', at: Math.max(this.now, due[1]), key: due[0] }, 'due-timer');
    }
    this.now = Math.max(this.now, until);
  }

  private perform(intent: AcdIntent): void {
    const next = Math.min(...this.timers.values());
    if (intent.dt >= 0 || next === Number.POSITIVE_INFINITY) this.advance(this.now + Math.max(0, intent.dt));
    else {
      this.advance(next - 1); // a race: the event reaches the ACD at the instant a timer is due, before it
      this.now = Math.max(this.now, next);
    }
    const at = this.now;
    const made = this.concretize(intent, at);
    if (made !== undefined) this.send(made.event, made.origin);
  }

  private concretize(intent: AcdIntent, at: Instant): { event: AcdEvent; origin: StepOrigin } | undefined {
    const input = (event: AcdEvent | undefined, origin: StepOrigin = 'input') => (event === undefined ? undefined : { event, origin });
    const contacts = [...this.model.contacts.values()];
    switch (intent.kind) {
      case 'arrive': {
        const queue = this.config.queues[intent.queue % this.config.queues.length];
        if (queue === undefined) return undefined;
        this.arrivals += 1;
        const id = contactId(`con_${this.arrivals}`);
        return input({ type: 'ContactArrived', at, contactId: id, queueId: queue.id, channel: intent.channel, priority: intent.priority });
      }
      case 'presence': {
        const agent = this.config.agents[intent.agent % this.config.agents.length];
        return input(agent && { type: 'AgentPresenceSet', at, agentId: agent.id, presence: intent.presence });
      }
      case 'accept':
      case 'decline': {
        const pool = intent.stale ? this.model.resolvedOffers : [...this.model.offers.keys()];
        const offerId = pickFrom(pool, intent.pick);
        const type = intent.kind === 'accept' ? 'OfferAccepted' : 'OfferDeclined';
        return input(offerId && { type, at, offerId }, intent.stale ? 'stale-input' : 'input');
      }
      case 'end':
      case 'abandon':
      case 'request-callback': {
        const fits = (c: ModelContact) => (intent.kind === 'end' ? c.stage === 'connected' : intent.kind === 'abandon' ? c.stage === 'queue' : phaseOf(c) === 'waiting' && !c.isCallback);
        const chosen = pickFrom(contacts.filter((c) => fits(c) !== intent.stale), intent.pick);
        const type = intent.kind === 'end' ? 'ContactEnded' : intent.kind === 'abandon' ? 'ContactAbandoned' : 'CallbackRequested';
        return input(chosen && { type, at, contactId: chosen.id }, intent.stale ? 'stale-input' : 'input');
      }
      case 'end-wrap-up': {
        const chosen = pickFrom(contacts.filter((c) => c.stage === 'wrap-up'), intent.pick);
        if (chosen === undefined) return undefined;
        const agent = agentId(chosen.agentId ?? '');
        return input(intent.all ? { type: 'WrapUpEnded', at, agentId: agent } : { type: 'WrapUpEnded', at, agentId: agent, contactId: chosen.id });
      }
      case 'fire-stale-timer': {
        const key = pickFrom([...this.deadKeys].sort(), intent.pick);
        return input(key === undefined ? undefined : { type: 'TimerFired', at, key }, 'stale-timer');
      }
      case 'wait':
        return undefined;
    }
  }
}

function pickFrom<T>(pool: readonly T[], pick: number): T | undefined {
  return pool.length === 0 ? undefined : pool[pick % pool.length];
}
