import type { Instant, QueueId } from '../ids';
import { listAgent, updateAgent } from './agents';
import type { RequestedPresence } from './events';
import { serveAgent } from './match';
import { releaseOffer } from './offers';
import type { Output } from './output';
import { overflow, returnToQueue } from './queueing';
import type { AcdState, Agent, Contact } from './state';

/**
 * The agent asks to be ready, not ready (with a reason) or logged out. Contacts in progress go on;
 * logging out withdraws the offers ringing at the agent and may empty queues.
 */
export function setPresence(state: AcdState, agent: Agent, presence: RequestedPresence, at: Instant, out: Output): void {
  const ringing: Contact[] = [];
  if (presence.kind === 'logged-out') {
    const offered = [...agent.holding.values()].filter((c) => c.phase === 'offered');
    for (const contact of offered) {
      const offer = contact.offers.map((id) => state.offers.get(id)).find((o) => o?.agentId === agent.config.id);
      if (offer === undefined) continue;
      if (contact.offers.length === 1) out.cancelTimer(offer.timerKey);
      releaseOffer(state, offer, 'agent-logged-out', at, out, () => {
        agent.presence = presence; // straight from ringing to logged out, no zero-length ready
      });
      if (contact.offers.length === 0) ringing.push(contact);
    }
  }
  updateAgent(state, agent, at, out, () => {
    agent.presence = presence;
  }, true);
  for (const contact of ringing) returnToQueue(state, contact, at, out);
  afterAgentChange(state, agent, at, out);
}

/**
 * After an agent changed: a logged-out agent may leave queues empty; a free one is served, then
 * indexed for what it can still take (updateAgent's `indexLater`).
 */
export function afterAgentChange(state: AcdState, agent: Agent, at: Instant, out: Output): void {
  if (agent.status === 'logged-out') leaveEmptyQueues(state, agent.config.memberships.map((m) => m.queueId), at, out);
  else serveAgent(state, agent, at, out);
  if (agent.listedFor.size === 0) listAgent(state, agent);
}

/** Overflows the contacts waiting in those of the queues that have no logged-in member left, if they say so. */
export function leaveEmptyQueues(state: AcdState, queueIds: readonly QueueId[], at: Instant, out: Output): void {
  for (const queueId of queueIds) {
    const queue = state.queues.get(queueId);
    if (queue === undefined || !queue.config.leaveWhenEmpty || queue.loggedIn > 0) continue;
    const stranded = queue.waiting.all().filter((c) => c.queueId === queue.config.id && !c.isCallback);
    for (const contact of stranded) overflow(state, contact, 'queue-emptied', at, out);
  }
}
