import { seededGenerator } from '../seeded-generator';
import type { AcdConfig } from './config';
import { announce, timerKeys } from './contacts';
import type { Effect } from './effects';
import { escalate } from './escalation';
import type { AcdEvent, ContactArrived, TimerFired } from './events';
import { configureAgent, configureQueue } from './configure';
import { accept, endContact, finishWrapUp, refuse } from './handling';
import { offersWithTimer } from './offers';
import { Output } from './output';
import { setPresence } from './presence';
import { abandon, admit, overflow, toCallback } from './queueing';
import { NO_REFUSALS, type AcdState, type Contact } from './state';

export type Decision = { readonly state: AcdState; readonly effects: readonly Effect[] };

/** A fresh organization state: queues and agents configured, every agent logged out. */
export function createAcdState(config: AcdConfig): AcdState {
  const state: AcdState = {
    orgId: config.orgId, queueSelection: config.queueSelection, queues: new Map(), agents: new Map(), contacts: new Map(),
    offers: new Map(), serviceByClient: new Map(), rng: seededGenerator(config.seed).getState(), nextSeq: 0, nextOffer: 0,
  };
  for (const queue of config.queues) configureQueue(state, queue);
  const ignored = new Output();
  for (const agent of config.agents) configureAgent(state, agent, 0, ignored);
  return state;
}

/**
 * The ACD: one event in, the new state and the effects out. Synchronous, total and deterministic:
 * time arrives in the event, ties break by priority, arrival, then id. The state is updated in place
 * (see docs/adr/0002); an event naming something unknown or stale changes nothing.
 */
export function decide(state: AcdState, event: AcdEvent): Decision {
  const out = new Output();
  const { at } = event;
  switch (event.type) {
    case 'ContactArrived':
      arrive(state, event, out);
      break;
    case 'ContactAbandoned':
      withContact(state, event.contactId, (c) => (c.phase === 'waiting' || c.phase === 'offered') && abandon(state, c, at, out));
      break;
    case 'CallbackRequested':
      withContact(state, event.contactId, (c) => c.phase === 'waiting' && !c.isCallback && toCallback(state, c, at, out));
      break;
    case 'ContactEnded':
      withContact(state, event.contactId, (c) => endContact(state, c, at, out));
      break;
    case 'OfferAccepted':
    case 'OfferDeclined': {
      const offer = state.offers.get(event.offerId);
      if (offer !== undefined && event.type === 'OfferAccepted') accept(state, offer, at, out);
      else if (offer !== undefined) refuse(state, offer, 'declined', at, out);
      break;
    }
    case 'WrapUpEnded': {
      const agent = state.agents.get(event.agentId);
      const wrapping = agent === undefined ? [] : [...agent.holding.values()].filter((c) => c.phase === 'wrap-up');
      for (const c of wrapping) if (event.contactId === undefined || c.id === event.contactId) finishWrapUp(state, c, at, out, true);
      break;
    }
    case 'AgentPresenceSet': {
      const agent = state.agents.get(event.agentId);
      if (agent !== undefined) setPresence(state, agent, event.presence, at, out);
      break;
    }
    case 'TimerFired':
      fire(state, event, out);
      break;
    case 'QueueConfigured':
      configureQueue(state, event.queue);
      break;
    case 'AgentConfigured':
      configureAgent(state, event.agent, at, out);
      break;
  }
  return { state, effects: out.effects };
}

function withContact(state: AcdState, id: Contact['id'], act: (contact: Contact) => unknown): void {
  const contact = state.contacts.get(id);
  if (contact !== undefined) act(contact);
}

function arrive(state: AcdState, e: ContactArrived, out: Output): void {
  if (state.contacts.has(e.contactId)) return;
  const queue = state.queues.get(e.queueId);
  if (queue === undefined) {
    out.push({ type: 'OverflowContact', contactId: e.contactId, target: { kind: 'disconnect', message: 'queue not found' } });
    return;
  }
  const contact: Contact = {
    id: e.contactId, channel: e.channel, queueId: e.queueId, clientId: queue.config.clientId, priority: e.priority ?? 0,
    arrivedAt: e.at, seq: state.nextSeq, queuedAt: e.at, phase: 'waiting', listings: [e.queueId], extraAgents: [],
    refusedBy: NO_REFUSALS, offers: [], nextEscalation: 0, nextAnnounceAt: null, overflowHops: 0, isCallback: e.channel === 'callback',
    agentId: null, answeredAt: null, endedAt: null,
  };
  state.nextSeq += 1;
  state.contacts.set(contact.id, contact);
  admit(state, contact, queue, e.at, out);
}

/** Timer keys: ring:<contact>:<n>, maxwait:<contact>, escalate:<contact>:<step>, announce:<contact>, wrapup:<contact>. */
function fire(state: AcdState, e: TimerFired, out: Output): void {
  const colon = e.key.indexOf(':');
  const kind = e.key.slice(0, colon);
  const rest = e.key.slice(colon + 1);
  const lastColon = rest.lastIndexOf(':');
  const contactId = (kind === 'ring' || kind === 'escalate' ? rest.slice(0, lastColon) : rest) as Contact['id'];
  const contact = state.contacts.get(contactId);
  if (colon < 0 || contact === undefined) return;
  const queue = state.queues.get(contact.queueId)?.config;
  const step = Number(rest.slice(lastColon + 1));
  if (kind === 'ring') for (const offer of offersWithTimer(state, contact, e.key)) refuse(state, offer, 'timed-out', e.at, out);
  else if (kind === 'maxwait' && dueThisVisit(contact, e, queue?.maxWaitSeconds ?? undefined, out)) overflow(state, contact, 'max-wait', e.at, out);
  else if (kind === 'escalate' && step === contact.nextEscalation && dueThisVisit(contact, e, queue?.escalation[step]?.afterSeconds, out)) {
    escalate(state, contact, step, e.at, out);
  }
  else if (kind === 'announce' && contact.nextAnnounceAt !== null && dueThisVisit(contact, e, (contact.nextAnnounceAt - contact.queuedAt) / 1000, out)) {
    reannounce(state, contact, e.at, out);
  }
  else if (kind === 'wrapup') finishWrapUp(state, contact, e.at, out);
}

/**
 * Max-wait, escalation and announcement keys are reused when a contact moves to another queue, and the shell may
 * deliver a timer it was told to cancel. So these timers act only for a contact still in line (not a
 * callback) once their deadline in its current queue visit has passed; one that fires earlier is
 * re-armed for that deadline (a no-op for the shell, which already holds it; after a configuration
 * change, the new deadline).
 */
function dueThisVisit(contact: Contact, e: TimerFired, delaySeconds: number | undefined, out: Output): boolean {
  if (contact.isCallback || delaySeconds === undefined || (contact.phase !== 'waiting' && contact.phase !== 'offered')) return false;
  const deadline = contact.queuedAt + delaySeconds * 1000;
  if (e.at >= deadline) return true;
  out.startTimer(e.key, deadline);
  return false;
}

function reannounce(state: AcdState, contact: Contact, at: number, out: Output): void {
  const queue = state.queues.get(contact.queueId);
  const every = queue?.config.announceEverySeconds;
  if (queue === undefined || every === null || every === undefined) return;
  // While it rings the caller hears ringback, not an announcement; the timer keeps going for when it is back in line.
  if (contact.phase === 'waiting') announce(queue, contact, out);
  contact.nextAnnounceAt = at + every * 1000;
  out.startTimer(timerKeys.announce(contact), contact.nextAnnounceAt);
}
