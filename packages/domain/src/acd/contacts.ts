import type { Instant, QueueId } from '../ids';
import type { Output } from './output';
import { compareIds } from './strategies';
import type { AcdState, Contact, Queue, ServiceTally } from './state';

/** Waiting order: higher priority first, then earlier arrival, then arrival sequence, then id. */
export function contactOrder(a: Contact, b: Contact): number {
  return b.priority - a.priority || a.arrivedAt - b.arrivedAt || a.seq - b.seq || compareIds(a.id, b.id);
}

export const timerKeys = {
  maxWait: (c: Contact) => `maxwait:${c.id}`,
  escalate: (c: Contact, step: number) => `escalate:${c.id}:${step}`,
  announce: (c: Contact) => `announce:${c.id}`,
  wrapUp: (c: Contact) => `wrapup:${c.id}`,
};

export function waitMs(contact: Contact, at: Instant): number {
  return Math.max(0, at - contact.arrivedAt);
}

/** Puts a contact (back) into the waiting lists of every queue it is listed in, and its agents'. */
export function listContact(state: AcdState, contact: Contact): void {
  contact.phase = 'waiting';
  for (const queueId of contact.listings) state.queues.get(queueId)?.waiting.insert(contact);
  for (const agentId of contact.extraAgents) state.agents.get(agentId)?.personal.insert(contact);
}

export function unlistContact(state: AcdState, contact: Contact): void {
  if (contact.phase !== 'waiting') return;
  for (const queueId of contact.listings) state.queues.get(queueId)?.waiting.remove(contact);
  for (const agentId of contact.extraAgents) state.agents.get(agentId)?.personal.remove(contact);
}

/** Changes a waiting contact's place-defining fields without corrupting the sorted lists. */
export function reorderContact(state: AcdState, contact: Contact, change: () => void): void {
  const waiting = contact.phase === 'waiting';
  if (waiting) unlistContact(state, contact);
  change();
  if (waiting) listContact(state, contact);
}

/** Starts the queue-visit timers: max wait, first escalation step, position announcements. */
export function startQueueTimers(queue: Queue, contact: Contact, out: Output): void {
  const { maxWaitSeconds, escalation, announceEverySeconds } = queue.config;
  if (contact.isCallback) return;
  if (maxWaitSeconds !== null) out.startTimer(timerKeys.maxWait(contact), contact.queuedAt + maxWaitSeconds * 1000);
  const step = escalation[contact.nextEscalation];
  if (step !== undefined) out.startTimer(timerKeys.escalate(contact, contact.nextEscalation), contact.queuedAt + step.afterSeconds * 1000);
  contact.nextAnnounceAt = announceEverySeconds === null ? null : contact.queuedAt + announceEverySeconds * 1000;
  if (contact.nextAnnounceAt !== null) out.startTimer(timerKeys.announce(contact), contact.nextAnnounceAt);
}

/** Cancels every timer of the contact's queue visit (it was answered, left or overflowed). */
export function cancelQueueTimers(queue: Queue | undefined, contact: Contact, out: Output): void {
  if (queue === undefined || contact.isCallback) return;
  if (queue.config.maxWaitSeconds !== null) out.cancelTimer(timerKeys.maxWait(contact));
  if (contact.nextEscalation < queue.config.escalation.length) out.cancelTimer(timerKeys.escalate(contact, contact.nextEscalation));
  if (queue.config.announceEverySeconds !== null) out.cancelTimer(timerKeys.announce(contact));
}

/** 1-based place of a waiting contact in its queue. */
export function positionOf(queue: Queue, contact: Contact): number {
  return queue.waiting.positionOf(contact);
}

/** Expected wait: position × mean handling time ÷ logged-in members; null before any history. */
export function expectedWaitSeconds(queue: Queue, position: number): number | null {
  if (queue.handledCount === 0) return null;
  const meanHandleSeconds = queue.handleMs / queue.handledCount / 1000;
  return Math.round((position * meanHandleSeconds) / Math.max(1, queue.loggedIn));
}

export function announce(queue: Queue, contact: Contact, out: Output): void {
  const position = positionOf(queue, contact);
  out.push({ type: 'AnnouncePosition', contactId: contact.id, position, expectedWaitSeconds: expectedWaitSeconds(queue, position) });
}

export function tallyOf(state: AcdState, contact: Contact): ServiceTally {
  let tally = state.serviceByClient.get(contact.clientId);
  if (tally === undefined) {
    tally = { answered: 0, withinTarget: 0, abandonedAfterTarget: 0 };
    state.serviceByClient.set(contact.clientId, tally);
  }
  return tally;
}

/** Service level so far (DESIGN.md §5 default): answered within T ÷ (answered + abandoned after T). */
export function serviceLevelOf(tally: ServiceTally): number {
  const denominator = tally.answered + tally.abandonedAfterTarget;
  return denominator === 0 ? 1 : tally.withinTarget / denominator;
}

export function targetMsOf(state: AcdState, queueId: QueueId): number {
  return (state.queues.get(queueId)?.config.serviceLevel.targetSeconds ?? 0) * 1000;
}
