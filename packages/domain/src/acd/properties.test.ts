// Properties of the ACD over generated event logs (STYLE.md §9). Each property drives random but
// valid logs through `decide` (see testing/acd-arbitraries.ts) and checks its invariant after every
// step, against the effects (tracked by LogModel) and against the state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgentId, ContactId, QueueId } from '../ids';
import {
  anAcdIntent, anAcdScenario, ScenarioDriver, type AcdScenario, type AcdStep, type StepObserver,
} from '../testing/acd-arbitraries';
import { phaseOf, type ModelContact } from '../testing/acd-log-model';
import { anAcdConfig as anOrg, anAgent, aQueue } from '../testing/builders';
import { canTake, deriveStatus } from './agents';
import type { AcdConfig, AgentConfig, Channel, QueueConfig, Strategy } from './config';
import { createAcdState, decide } from './decide';
import type { AgentStatus, DomainEvent, Effect } from './effects';
import { SortedList } from './sorted-list';
import type { AcdState, Contact } from './state';

const RUNS = 500;
const VOICE_LIKE: readonly Channel[] = ['voice', 'callback'];

function holds(scenario: AcdScenario, ...observers: StepObserver[]): ScenarioDriver {
  return new ScenarioDriver(scenario.config, observers).run(scenario.intents);
}

function check(observer: () => StepObserver, runs = RUNS): void {
  fc.assert(fc.property(anAcdScenario(), (scenario) => {
    holds(scenario, observer());
  }), { numRuns: runs });
}

const fail = (step: AcdStep, message: string): never => {
  throw new Error(`step ${step.index} (${step.event.type} at ${step.event.at}): ${message}`);
};
const queueOf = (config: AcdConfig, id: QueueId): QueueConfig | undefined => config.queues.find((q) => q.id === id);
const emitted = (effects: readonly Effect[]): DomainEvent[] => effects.flatMap((e) => (e.type === 'Emit' ? [e.event] : []));
const sameSet = <T>(a: Iterable<T>, b: Iterable<T>): boolean => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** The state as canonical JSON: lists by id, Maps and Sets as arrays, functions dropped. */
function fingerprint(state: AcdState): string {
  return JSON.stringify(state, (_key, value: unknown) => {
    if (value instanceof SortedList) return (value.toArray() as readonly ({ id: string } | { config: { id: string } })[]).map((x) => ('id' in x ? x.id : x.config.id));
    if (value instanceof Map) return [...value.entries()];
    if (value instanceof Set) return [...value];
    return value;
  });
}

// 1. Capacity: per agent and channel, offered + connected + wrap-up ≤ capacity, counted from the
// effects and from the state; a voice contact offered or connected blocks everything else.
const withinCapacity = (): StepObserver => ({
  after(step, d) {
    for (const agent of d.config.agents) {
      const offered = [...d.model.offers.values()].filter((o) => o.agentId === agent.id);
      const held = d.model.held(agent.id);
      const state = d.state.agents.get(agent.id);
      if (state === undefined) return fail(step, `${agent.id} missing from the state`);
      for (const channel of ['voice', 'chat', 'email', 'callback'] as const) {
        const fromEffects = offered.filter((o) => o.channel === channel).length + held.filter((c) => c.channel === channel).length;
        const fromState = [...state.holding.values()].filter((c) => c.channel === channel).length;
        const capacity = agent.capacity[channel];
        if (fromEffects > capacity) fail(step, `${agent.id} holds ${fromEffects} ${channel} by the effects, capacity ${capacity}`);
        if (fromState > capacity || state.used[channel] !== fromState) fail(step, `${agent.id} holds ${fromState} ${channel}, used ${state.used[channel]}`);
      }
      const expected = [...offered.map((o) => o.contactId), ...held.map((c) => c.id)];
      if (!sameSet(expected, state.holding.keys())) fail(step, `${agent.id} holds ${[...state.holding.keys()]} by the state, ${expected} by the effects`);
      const active = [...state.holding.values()].filter((c) => c.phase === 'offered' || c.phase === 'connected');
      if (agent.voiceBlocksOthers && active.some((c) => VOICE_LIKE.includes(c.channel)) && active.length > 1) {
        fail(step, `${agent.id} has ${active.map((c) => `${c.id}/${c.channel}/${c.phase}`)} while voice blocks others`);
      }
    }
  },
});

// 3. Every contact the log introduced is in exactly one of waiting / offered / connected / wrap-up /
// ended by the effects, the state agrees, and the waiting lists hold exactly the waiting contacts.
const onePhaseEach = (): StepObserver => ({
  after(step, d) {
    if (step.event.type === 'ContactArrived' && !d.model.contacts.has(step.event.contactId)) fail(step, 'the arrival emitted nothing about the contact');
    for (const c of d.model.contacts.values()) {
      const s = d.state.contacts.get(c.id);
      const phase = phaseOf(c);
      if (phase === 'ended' || s === undefined) {
        if (phase !== 'ended' || s !== undefined) fail(step, `${c.id} is ${phase} by the effects, ${s?.phase ?? 'gone'} in the state`);
        continue;
      }
      if (s.phase !== phase || !sameSet(s.offers, c.offers) || s.queueId !== c.queueId || s.channel !== c.channel) {
        fail(step, `${c.id}: effects say ${phase} in ${c.queueId} offers ${[...c.offers]}, state says ${s.phase} in ${s.queueId} offers ${s.offers}`);
      }
      if ((phase === 'connected' || phase === 'wrap-up') && s.agentId !== c.agentId) fail(step, `${c.id} is with ${s.agentId}, effects say ${c.agentId}`);
      const listed = s.listings.map((q) => d.state.queues.get(q)?.waiting.all().includes(s) ?? false);
      const personal = s.extraAgents.map((a) => d.state.agents.get(a)?.personal.all().includes(s) ?? false);
      if ([...listed, ...personal].some((l) => l !== (phase === 'waiting'))) fail(step, `${c.id} is ${phase} but listed ${listed} / ${personal}`);
    }
    for (const id of d.state.contacts.keys()) if (!d.model.contacts.has(id)) fail(step, `${id} is in the state but no effect mentioned it`);
    if (!sameSet(d.state.offers.keys(), d.model.offers.keys())) fail(step, `offers ${[...d.state.offers.keys()]} in the state, ${[...d.model.offers.keys()]} by the effects`);
    for (const queue of d.state.queues.values()) {
      for (const c of queue.waiting.all()) if (c.phase !== 'waiting' || !d.state.contacts.has(c.id)) fail(step, `${queue.config.id} lists ${c.id} (${c.phase})`);
    }
  },
});

// 4. One agent rings at a time: a contact with several outstanding offers belongs to a ring-all queue.
const oneAgentRings = (): StepObserver => ({
  after(step, d) {
    const byContact = new Map<ContactId, AgentId[]>();
    for (const offer of d.model.offers.values()) byContact.set(offer.contactId, [...(byContact.get(offer.contactId) ?? []), offer.agentId]);
    for (const [contact, agents] of byContact) {
      const queue = queueOf(d.config, d.model.contacts.get(contact)?.queueId ?? ('' as QueueId));
      if (agents.length > 1 && queue?.strategy !== 'ring-all') fail(step, `${contact} rings at ${agents} in ${queue?.id} (${queue?.strategy})`);
      if (new Set(agents).size !== agents.length) fail(step, `${contact} rings twice at one agent`);
    }
  },
});

// 2. FIFO within a priority, priority first, primary group first. `rank` is how early an agent looks
// at a contact: its best membership level among the queues listing it, then (escalation) as an
// added agent after all its own queues. An agent offered C must not have been able to take a
// contact C' that waited through the whole step, in the same channel, not refused by it, with a
// better rank — or the same rank and an earlier place (priority, arrival) in the same home queue
// (or in any queue when the organization serves the oldest contact first).
type Waiting = { readonly contact: Contact; readonly key: string };
const waitingKey = (c: Contact): string =>
  JSON.stringify([c.queueId, c.channel, c.priority, c.listings, c.extraAgents, [...c.refusedBy], c.isCallback]);
const PERSONAL_RANK = 1_000;

/** Whether `a` is ahead of `b` in line: higher priority, else earlier arrival (independent of contacts.ts). */
const ahead = (a: Contact, b: Contact): boolean =>
  a.priority !== b.priority ? a.priority > b.priority : a.arrivedAt !== b.arrivedAt ? a.arrivedAt < b.arrivedAt : a.seq < b.seq;

function rank(agent: AgentConfig, c: Pick<Contact, 'listings' | 'extraAgents'>): number {
  const levels = agent.memberships.filter((m) => c.listings.includes(m.queueId)).map((m) => m.level);
  if (levels.length > 0) return Math.min(...levels);
  return c.extraAgents.includes(agent.id) ? PERSONAL_RANK : Number.POSITIVE_INFINITY;
}

function snapshotWaiting(state: AcdState): Map<ContactId, Waiting> {
  const waiting = new Map<ContactId, Waiting>();
  for (const c of state.contacts.values()) if (c.phase === 'waiting') waiting.set(c.id, { contact: c, key: waitingKey(c) });
  return waiting;
}

/** A contact the agent could have been offered instead of `offered`, per the rules above. */
function betterWaiting(d: ScenarioDriver, before: Map<ContactId, Waiting>, step: AcdStep, agent: AgentConfig, offered: Contact, channel: Channel): Contact | undefined {
  const offeredNow = new Set(step.effects.flatMap((e) => (e.type === 'OfferContact' ? [e.contactId] : [])));
  const mine = rank(agent, offered);
  for (const [id, { key }] of before) {
    const other = d.state.contacts.get(id);
    if (other === undefined || other.phase !== 'waiting' || offeredNow.has(id) || waitingKey(other) !== key) continue;
    if (other.channel !== channel || other.refusedBy.has(agent.id)) continue;
    const theirs = rank(agent, other);
    if (theirs === Number.POSITIVE_INFINITY) continue;
    const comparable = other.queueId === offered.queueId || d.state.queueSelection === 'oldest-first';
    if (theirs < mine || (theirs === mine && comparable && ahead(other, offered))) return other;
  }
  return undefined;
}

const servesInOrder = (): StepObserver => {
  let before = new Map<ContactId, Waiting>();
  return {
    before: (d) => {
      before = snapshotWaiting(d.state);
    },
    after(step, d) {
      for (const effect of step.effects) {
        if (effect.type !== 'OfferContact') continue;
        const agent = d.config.agents.find((a) => a.id === effect.agentId);
        const offered = d.state.contacts.get(effect.contactId);
        if (agent === undefined || offered === undefined) continue;
        const other = betterWaiting(d, before, step, agent, offered, effect.channel);
        if (other !== undefined) {
          fail(step, `${agent.id} was offered ${offered.id} (prio ${offered.priority}, rank ${rank(agent, offered)}) while ${other.id} (prio ${other.priority}, rank ${rank(agent, other)}, arrived ${other.arrivedAt} vs ${offered.arrivedAt}) waited`);
        }
      }
      // Work conservation: no agent who could take a waiting contact is left without it.
      for (const agent of d.state.agents.values()) {
        for (const c of d.state.contacts.values()) {
          if (c.phase !== 'waiting' || !canTake(agent, c.channel) || c.refusedBy.has(agent.config.id)) continue;
          if (rank(agent.config, c) !== Number.POSITIVE_INFINITY) fail(step, `${agent.config.id} could take ${c.id} (${c.channel} in ${c.listings}) but it waits`);
        }
      }
    },
  };
};

// 5. Agent states tile time: each change starts where the last ended, never goes back, is a real
// change, and what is reported matches what the agent holds by the effects.
const statesTile = (): StepObserver => {
  const last = new Map<AgentId, { status: AgentStatus; at: number; reason: string | null }>();
  const spent = new Map<AgentId, number>();
  return {
    after(step, d) {
      for (const e of emitted(step.effects)) {
        if (e.type !== 'AgentStateChanged') continue;
        const prev = last.get(e.agentId) ?? { status: 'logged-out', at: 0, reason: null };
        if (e.from !== prev.status) fail(step, `${e.agentId} changed from ${e.from}, was ${prev.status}`);
        if (e.at !== step.event.at || e.at < prev.at) fail(step, `${e.agentId} changed at ${e.at} after ${prev.at}`);
        if (e.from === e.to && e.reason === prev.reason) fail(step, `${e.agentId} reported ${e.to} again`);
        if ((e.reason !== null) !== (e.to === 'not-ready')) fail(step, `${e.agentId} is ${e.to} with reason ${e.reason}`);
        spent.set(e.agentId, (spent.get(e.agentId) ?? 0) + (e.at - prev.at));
        last.set(e.agentId, { status: e.to, at: e.at, reason: e.reason });
      }
      for (const agent of d.config.agents) {
        const reported = last.get(agent.id) ?? { status: 'logged-out', at: 0, reason: null };
        const state = d.state.agents.get(agent.id);
        if (state === undefined || state.status !== reported.status || deriveStatus(state) !== reported.status) {
          fail(step, `${agent.id} reported ${reported.status}, state ${state?.status} / ${state && deriveStatus(state)}`);
        }
        const expected = statusByEffects(d, agent.id);
        if (expected !== null && expected !== reported.status) fail(step, `${agent.id} reported ${reported.status} but holds contacts making it ${expected}`);
        // The intervals so far, closed at now, cover exactly [0, now]: no gap, no overlap.
        if ((spent.get(agent.id) ?? 0) + (step.event.at - reported.at) !== step.event.at) fail(step, `${agent.id}'s intervals do not tile time`);
      }
    },
  };
};

function statusByEffects(d: ScenarioDriver, agent: AgentId): AgentStatus | null {
  const held = d.model.held(agent);
  if (held.some((c) => c.stage === 'connected')) return 'busy';
  if ([...d.model.offers.values()].some((o) => o.agentId === agent)) return 'ringing';
  if (held.length > 0) return 'wrap-up';
  return null;
}

// 7. Timers. Each armed timer is live (firing it does its job) or its subject is gone; a stale or
// orphaned timer fired late changes nothing; and every pending duty has its timer armed.
type Parsed = { kind: string; contact: ContactId; step: number };
function parseKey(key: string): Parsed {
  const [kind = '', ...rest] = key.split(':');
  const numbered = kind === 'ring' || kind === 'escalate';
  return { kind, contact: (numbered ? rest.slice(0, -1) : rest).join(':') as ContactId, step: numbered ? Number(rest.at(-1)) : 0 };
}

function isLive(d: ScenarioDriver, key: string): boolean {
  const { kind, contact, step } = parseKey(key);
  const c = d.model.contacts.get(contact);
  const queue = c && queueOf(d.config, c.queueId);
  if (c === undefined || queue === undefined || c.stage === 'ended') return false;
  const queued = c.stage === 'queue' && !c.isCallback;
  switch (kind) {
    case 'ring': return [...d.model.offers.values()].some((o) => o.timerKey === key);
    case 'maxwait': return queued && queue.maxWaitSeconds !== null;
    case 'escalate': return queued && step === c.nextEscalation && step < queue.escalation.length;
    case 'announce': return queued && queue.announceEverySeconds !== null;
    case 'wrapup': return c.stage === 'wrap-up';
    default: return false;
  }
}

const DUTY: Record<string, (e: Effect) => boolean> = {
  ring: (e) => e.type === 'RevokeOffer' && e.reason === 'timed-out',
  maxwait: (e) => e.type === 'Emit' && e.event.type === 'ContactOverflowed' && e.event.cause === 'max-wait',
  escalate: (e) => e.type === 'Emit' && e.event.type === 'ContactEscalated',
  announce: (e) => e.type === 'AnnouncePosition',
  wrapup: (e) => e.type === 'Emit' && e.event.type === 'WrapUpFinished',
};

function pendingDuties(d: ScenarioDriver, c: ModelContact): string[] {
  const queue = queueOf(d.config, c.queueId);
  if (queue === undefined) return [];
  const duties = [...c.offers].map((id) => d.model.offers.get(id)?.timerKey ?? `ring:${c.id}:?`);
  if (c.stage === 'queue' && !c.isCallback) {
    if (queue.maxWaitSeconds !== null) duties.push(`maxwait:${c.id}`);
    if (c.nextEscalation < queue.escalation.length) duties.push(`escalate:${c.id}:${c.nextEscalation}`);
    if (queue.announceEverySeconds !== null && phaseOf(c) === 'waiting') duties.push(`announce:${c.id}`);
  }
  if (c.stage === 'wrap-up' && queue.wrapUpSeconds > 0) duties.push(`wrapup:${c.id}`);
  return duties;
}

const timersAccountedFor = (): StepObserver => {
  let live = false;
  let print = '';
  let armedAt = new Map<string, number>();
  return {
    before(d, event, origin) {
      live = event.type === 'TimerFired' && origin === 'due-timer' && isLive(d, event.key);
      armedAt = new Map(d.timers);
      print = origin === 'stale-timer' || origin === 'stale-input' ? fingerprint(d.state) : '';
    },
    after(step, d) {
      const { event, effects, origin } = step;
      if (origin === 'stale-timer' || origin === 'stale-input' || (event.type === 'TimerFired' && !live)) {
        // Re-arming a timer the shell already holds, for the same instant, changes nothing either.
        const changes = effects.filter((e) => e.type !== 'StartTimer' || armedAt.get(e.key) !== e.at);
        if (changes.length > 0) fail(step, `a ${origin} event had effects: ${changes.map((e) => (e.type === 'Emit' ? e.event.type : e.type))}`);
        if (print !== '' && fingerprint(d.state) !== print) fail(step, `a ${origin} event changed the state`);
      } else if (event.type === 'TimerFired') {
        const kind = parseKey(event.key).kind;
        const announceWhileRinging = kind === 'announce' && phaseOf(d.model.contacts.get(parseKey(event.key).contact) as ModelContact) !== 'waiting';
        if (!announceWhileRinging && !effects.some(DUTY[kind] ?? (() => false))) fail(step, `live timer ${event.key} did nothing`);
      }
      for (const key of d.timers.keys()) {
        const c = d.model.contacts.get(parseKey(key).contact);
        if (!isLive(d, key) && c !== undefined && c.stage !== 'ended') fail(step, `timer ${key} is armed but ${c.id} is ${phaseOf(c)}`);
      }
      for (const c of d.model.contacts.values()) {
        for (const key of pendingDuties(d, c)) if (!d.timers.has(key)) fail(step, `${c.id} is ${phaseOf(c)} in ${c.queueId} but ${key} is not armed`);
      }
    },
  };
};

describe('ACD properties over generated event logs', () => {
  it('never gives an agent more contacts of a channel than its capacity', () => check(withinCapacity));

  it('offers in order: primary group first, then priority, then arrival, and leaves no agent idle beside work', () => check(servesInOrder));

  it('keeps every contact in exactly one phase, by the effects and by the state', () => check(onePhaseEach));

  it('rings one agent at a time except under ring-all', () => check(oneAgentRings));

  it('reports agent states that tile time', () => check(statesTile));

  it('replays a log on a fresh state to the same effects and state', () => {
    fc.assert(fc.property(anAcdScenario(), (scenario) => {
      const original = holds(scenario);
      const replayed = createAcdState(scenario.config);
      original.log.forEach((event, i) => {
        expect(decide(replayed, event).effects).toEqual(original.steps[i]?.effects);
      });
      expect(fingerprint(replayed)).toBe(fingerprint(original.state));
    }), { numRuns: RUNS / 2 });
  });

  it('arms a timer for every pending duty and lets stale timers and inputs change nothing', () => check(timersAccountedFor));
});

// Hand-written property-style tests: purpose-built organizations where one rule decides every offer.
const STRATEGIES: readonly Strategy[] = ['longest-idle', 'round-robin', 'fewest-contacts', 'least-talk-time', 'top-down', 'random', 'ring-all'];

/** At each offer to an agent, no contact `better(other, offered, agent)` may have waited through the step. */
const neverPassedOver = (better: (other: Contact, offered: Contact, agent: AgentConfig) => boolean): StepObserver => {
  let before = new Map<ContactId, Waiting>();
  return {
    before: (d) => {
      before = snapshotWaiting(d.state);
    },
    after(step, d) {
      for (const effect of step.effects) {
        const agent = d.config.agents.find((a) => effect.type === 'OfferContact' && a.id === effect.agentId);
        const offered = effect.type === 'OfferContact' ? d.state.contacts.get(effect.contactId) : undefined;
        if (agent === undefined || offered === undefined) continue;
        for (const [id, { key }] of before) {
          const other = d.state.contacts.get(id);
          if (other === undefined || other === offered || other.phase !== 'waiting' || waitingKey(other) !== key) continue;
          if (other.channel === offered.channel && !other.refusedBy.has(agent.id) && better(other, offered, agent)) {
            fail(step, `${agent.id} was offered ${offered.id} (${offered.queueId}, prio ${offered.priority}) while ${other.id} (${other.queueId}, prio ${other.priority}) waited`);
          }
        }
      }
    },
  };
};

describe('routing order on purpose-built organizations', () => {
  it('never offers an agent a level-2 contact while a level-1 contact it could take waits (primary group first)', () => {
    const twoQueues = fc.record({
      strategies: fc.tuple(fc.constantFrom(...STRATEGIES), fc.constantFrom(...STRATEGIES)),
      agents: fc.array(fc.record({ primary: fc.nat(1), secondaryLevel: fc.integer({ min: 2, max: 3 }) }), { minLength: 1, maxLength: 4 }),
    }).map(({ strategies, agents }) => anOrg({
      queues: strategies.map((strategy, i) => aQueue({ id: `que_${i + 1}`, strategy })),
      agents: agents.map((a, i) => anAgent(`agt_${i}`, [[`que_${a.primary + 1}`, 1], [`que_${2 - a.primary}`, a.secondaryLevel]])),
    }));
    const primaryOf = (agent: AgentConfig) => agent.memberships.find((m) => m.level === 1)?.queueId;
    fc.assert(fc.property(twoQueues, fc.array(anAcdIntent(), { maxLength: 80, size: 'max' }), (config, intents) => {
      const observer = neverPassedOver((other, offered, agent) => offered.queueId !== primaryOf(agent) && other.queueId === primaryOf(agent));
      new ScenarioDriver(config, [observer]).run(intents);
    }), { numRuns: RUNS });
  });

  it('never offers an agent a contact while a higher-priority one it could take waits in the queue', () => {
    const oneQueue = fc.record({ strategy: fc.constantFrom(...STRATEGIES), agents: fc.integer({ min: 1, max: 3 }) }).map(({ strategy, agents }) => anOrg({
      queues: [aQueue({ strategy })],
      agents: Array.from({ length: agents }, (_, i) => anAgent(`agt_${i}`)),
    }));
    fc.assert(fc.property(oneQueue, fc.array(anAcdIntent(), { maxLength: 80, size: 'max' }), (config, intents) => {
      new ScenarioDriver(config, [neverPassedOver((other, offered) => other.priority > offered.priority)]).run(intents);
    }), { numRuns: RUNS });
  });
});
