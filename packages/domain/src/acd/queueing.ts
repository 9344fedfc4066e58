import type { Instant } from '../ids';
import type { OverflowCause } from './effects';
import type { OverflowTarget } from './config';
import {
  announce, cancelQueueTimers, listContact, positionOf, startQueueTimers, tallyOf, targetMsOf, unlistContact, waitMs,
} from './contacts';
import { offerContact, serveAgent } from './match';
import { releaseAllOffers } from './offers';
import type { Output } from './output';
import { NO_REFUSALS, type AcdState, type Agent, type Contact, type Queue } from './state';

/** Overflow hops a contact may take before it is disconnected (stops overflow cycles). */
const MAX_OVERFLOW_HOPS = 5;

/**
 * Lets a contact into a queue: refused when empty or full, else queued and offered if it can be.
 * With `offerLater` it is only put in line (here or wherever it overflows to); the caller offers it.
 */
export function admit(state: AcdState, contact: Contact, queue: Queue, at: Instant, out: Output, offerLater = false): void {
  if (queue.config.refuseWhenEmpty && queue.loggedIn === 0) return overflow(state, contact, 'empty-queue', at, out, undefined, offerLater);
  if (queue.config.maxWaiting !== null && queue.waiting.size >= queue.config.maxWaiting) return overflow(state, contact, 'queue-full', at, out, undefined, offerLater);
  listContact(state, contact);
  out.emit({ ...facts(state, contact, at), type: 'ContactQueued', priority: contact.priority, position: positionOf(queue, contact), waitMs: waitMs(contact, at) });
  startQueueTimers(queue, contact, out);
  if (!offerLater && !offerContact(state, contact, at, out) && !contact.isCallback && queue.config.announceEverySeconds !== null) announce(queue, contact, out);
}

export function facts(state: AcdState, contact: Contact, at: Instant) {
  return { orgId: state.orgId, clientId: contact.clientId, queueId: contact.queueId, contactId: contact.id, channel: contact.channel, at };
}

/** Takes a contact out of line (and off any agent it rings), cancelling its queue timers. */
function detach(state: AcdState, contact: Contact, at: Instant, out: Output, reason: 'abandoned' | 'overflowed'): Agent[] {
  unlistContact(state, contact);
  cancelQueueTimers(state.queues.get(contact.queueId), contact, out);
  return releaseAllOffers(state, contact, reason, at, out);
}

/**
 * Sends a contact to its queue's overflow target (or the one given): queue, callback, voicemail,
 * disconnect. With `offerLater` a contact placed in line is not offered; the caller does it.
 */
export function overflow(
  state: AcdState, contact: Contact, cause: OverflowCause, at: Instant, out: Output, given?: OverflowTarget, offerLater = false,
): void {
  const queue = state.queues.get(contact.queueId);
  const freed = detach(state, contact, at, out, 'overflowed');
  const target = resolveTarget(state, contact, given ?? queue?.config.overflow);
  out.emit({ ...facts(state, contact, at), type: 'ContactOverflowed', waitMs: waitMs(contact, at), target, cause });
  out.push({ type: 'OverflowContact', contactId: contact.id, target });
  // The contact keeps its place in line wherever it lands, so the agents it rang are served before it
  // is offered there: a freed agent gets it only if nothing earlier waits for them (FIFO).
  const later = offerLater || freed.length > 0;
  if (target.kind === 'queue') moveToQueue(state, contact, target.queueId, at, out, later);
  else if (target.kind === 'callback') toCallback(state, contact, at, out, true, later);
  else state.contacts.delete(contact.id);
  for (const agent of freed) serveAgent(state, agent, at, out);
  if (later && !offerLater) offerPlaced(state, contact, at, out);
}

/** Offers a contact put in line with `offerLater`, if still waiting; one nobody takes hears its position. */
function offerPlaced(state: AcdState, contact: Contact, at: Instant, out: Output): void {
  const queue = state.queues.get(contact.queueId);
  if (!state.contacts.has(contact.id) || contact.phase !== 'waiting' || offerContact(state, contact, at, out) || contact.isCallback) return;
  if (queue !== undefined && queue.config.announceEverySeconds !== null) announce(queue, contact, out);
}

function resolveTarget(state: AcdState, contact: Contact, target: OverflowTarget | undefined): OverflowTarget {
  if (target === undefined) return { kind: 'disconnect', message: 'queue unavailable' };
  if (target.kind !== 'queue') return target;
  if (!state.queues.has(target.queueId) || target.queueId === contact.queueId || contact.overflowHops >= MAX_OVERFLOW_HOPS) {
    return { kind: 'disconnect', message: 'overflow queue unavailable' };
  }
  return target;
}

function moveToQueue(state: AcdState, contact: Contact, queueId: Contact['queueId'], at: Instant, out: Output, offerLater: boolean): void {
  const queue = state.queues.get(queueId) as Queue;
  contact.queueId = queueId;
  contact.clientId = queue.config.clientId;
  contact.listings = [queueId];
  contact.extraAgents = [];
  contact.refusedBy = NO_REFUSALS;
  contact.nextEscalation = 0;
  contact.queuedAt = at;
  contact.overflowHops += 1;
  admit(state, contact, queue, at, out, offerLater);
}

/** The caller leaves the line but keeps their place: an agent will call back when it is their turn. */
export function toCallback(state: AcdState, contact: Contact, at: Instant, out: Output, detached = false, offerLater = false): void {
  if (!detached) {
    unlistContact(state, contact);
    cancelQueueTimers(state.queues.get(contact.queueId), contact, out);
  }
  contact.isCallback = true;
  contact.channel = 'callback';
  listContact(state, contact);
  out.emit({ ...facts(state, contact, at), type: 'CallbackScheduled', waitMs: waitMs(contact, at) });
  if (!offerLater) offerContact(state, contact, at, out);
}

/** The caller hung up before being connected: abandoned, counted against the service level if late. */
export function abandon(state: AcdState, contact: Contact, at: Instant, out: Output): void {
  const whileOffered = contact.phase === 'offered';
  const freed = detach(state, contact, at, out, 'abandoned');
  const wait = waitMs(contact, at);
  if (!contact.isCallback && wait > targetMsOf(state, contact.queueId)) tallyOf(state, contact).abandonedAfterTarget += 1;
  out.emit({ ...facts(state, contact, at), type: 'ContactAbandoned', waitMs: wait, whileOffered });
  state.contacts.delete(contact.id);
  for (const agent of freed) serveAgent(state, agent, at, out);
}

/** Puts an offered contact back in line, in its old place, and tries the next agent. */
export function returnToQueue(state: AcdState, contact: Contact, at: Instant, out: Output): void {
  listContact(state, contact);
  offerContact(state, contact, at, out);
}
