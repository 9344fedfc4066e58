import type { AcdConfig } from '../acd/config';
import { createAcdState, decide } from '../acd/decide';
import type { AgentStatus, DomainEvent, Effect } from '../acd/effects';
import type { AcdEvent } from '../acd/events';
import type { AcdState } from '../acd/state';
import type { AgentId, ContactId } from '../ids';
import { EventCalendar } from './event-calendar';
import type { AgentGroup } from './simulation-config';
import { StaffingRoster, type StaffingChange } from './staffing-roster';
import type { SimArrival } from './generate-workload';

export type RunInput = {
  readonly acd: AcdConfig;
  readonly groups: readonly AgentGroup[];
  /** Sorted by time. */
  readonly arrivals: readonly SimArrival[];
  readonly ringDelayMs: number;
  /** Nothing after this instant is processed: a contact that would wait for ever (no agent, no patience) stops the run here. */
  readonly stopAtMs: number;
};

export type RunResult = {
  /** Contacts still in the ACD when the run stopped (waiting with nobody to serve them). */
  readonly unresolved: number;
  readonly endMs: number;
  readonly decisions: number;
};

type Scheduled =
  | { readonly kind: 'arrive'; readonly arrival: SimArrival }
  | { readonly kind: 'staff'; readonly change: StaffingChange }
  | { readonly kind: 'acd'; readonly event: AcdEvent };

/**
 * One replication: a discrete-event loop around the real ACD `decide`. The calendar feeds arrivals,
 * staffing changes, the simulated agents' answers, call ends, patience expiries and the ACD's own
 * timers; every domain event the ACD emits goes to `observe` (the KPI collector). Deterministic:
 * all randomness was drawn into `arrivals` beforehand.
 */
export function runSimulation(input: RunInput, observe: (event: DomainEvent) => void): RunResult {
  const state = createAcdState(input.acd);
  const calendar = new EventCalendar<Scheduled>();
  const roster = new StaffingRoster(input.groups);
  const status = new Map<AgentId, AgentStatus>();
  const statusOf = (id: AgentId): AgentStatus => status.get(id) ?? 'logged-out';
  const arrivals = new Map<ContactId, SimArrival>();
  for (const change of roster.changes()) calendar.schedule(change.atMs, { kind: 'staff', change });
  for (const arrival of input.arrivals) calendar.schedule(arrival.at, { kind: 'arrive', arrival });

  let decisions = 0;
  let now = 0;
  const feed = (event: AcdEvent): void => {
    decisions += 1;
    for (const effect of decide(state, event).effects) {
      applyEffect(effect, { calendar, now, ringDelayMs: input.ringDelayMs, arrivals, status, observe });
    }
  };
  for (;;) {
    const at = calendar.peekTime();
    if (at === undefined || at > input.stopAtMs) break;
    const next = calendar.pop() as { at: number; payload: Scheduled };
    now = next.at;
    const item = next.payload;
    if (item.kind === 'acd') feed(item.event);
    else if (item.kind === 'staff') for (const event of roster.apply(item.change, statusOf)) feed(event);
    else {
      const { arrival } = item;
      arrivals.set(arrival.contactId, arrival);
      // Scheduled before the arrival is decided, so a zero patience loses a tie with the answer.
      if (Number.isFinite(arrival.patienceMs)) {
        const abandon: AcdEvent = { type: 'ContactAbandoned', at: now + arrival.patienceMs, contactId: arrival.contactId };
        calendar.schedule(abandon.at, { kind: 'acd', event: abandon }, `abandon:${arrival.contactId}`);
      }
      feed({ type: 'ContactArrived', at: now, contactId: arrival.contactId, queueId: arrival.queueId, channel: 'voice', priority: arrival.priority });
    }
  }
  return { unresolved: unresolvedContacts(state), endMs: now, decisions };
}

type EffectContext = {
  readonly calendar: EventCalendar<Scheduled>;
  readonly now: number;
  readonly ringDelayMs: number;
  readonly arrivals: Map<ContactId, SimArrival>;
  readonly status: Map<AgentId, AgentStatus>;
  readonly observe: (event: DomainEvent) => void;
};

function applyEffect(effect: Effect, ctx: EffectContext): void {
  const { calendar, now } = ctx;
  const later = (at: number, event: AcdEvent, key: string): void => calendar.schedule(at, { kind: 'acd', event }, key);
  switch (effect.type) {
    case 'OfferContact': {
      const at = now + ctx.ringDelayMs;
      return later(at, { type: 'OfferAccepted', at, offerId: effect.offerId }, `accept:${effect.offerId}`);
    }
    case 'RevokeOffer':
      calendar.cancel(`accept:${effect.offerId}`);
      return;
    case 'StartTimer': {
      const at = Math.max(now, effect.at);
      return later(at, { type: 'TimerFired', at, key: effect.key }, `timer:${effect.key}`);
    }
    case 'CancelTimer':
      calendar.cancel(`timer:${effect.key}`);
      return;
    case 'OverflowContact':
      // Sent to another queue, the caller still waits (and may hang up); anywhere else, they left.
      if (effect.target.kind !== 'queue') calendar.cancel(`abandon:${effect.contactId}`);
      return;
    case 'AnnouncePosition':
      return;
    case 'Emit':
      return onDomainEvent(effect.event, ctx, later);
  }
}

function onDomainEvent(event: DomainEvent, ctx: EffectContext, later: (at: number, e: AcdEvent, key: string) => void): void {
  if (event.type === 'AgentStateChanged') ctx.status.set(event.agentId, event.to);
  if (event.type === 'ContactAnswered') {
    ctx.calendar.cancel(`abandon:${event.contactId}`);
    const serviceMs = ctx.arrivals.get(event.contactId)?.serviceMs ?? 0;
    const at = ctx.now + serviceMs;
    later(at, { type: 'ContactEnded', at, contactId: event.contactId }, `end:${event.contactId}`);
  }
  const gone = event.type === 'ContactAbandoned' || event.type === 'WrapUpFinished' || (event.type === 'ContactOverflowed' && event.target.kind !== 'queue');
  if (gone) ctx.arrivals.delete(event.contactId);
  ctx.observe(event);
}

function unresolvedContacts(state: AcdState): number {
  let count = 0;
  for (const contact of state.contacts.values()) if (contact.phase === 'waiting' || contact.phase === 'offered') count += 1;
  return count;
}
