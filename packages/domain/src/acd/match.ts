import type { Instant } from '../ids';
import { availableKey, canTake } from './agents';
import { CHANNELS, type Channel } from './config';
import { contactOrder, serviceLevelOf, tallyOf } from './contacts';
import { makeOffers } from './offers';
import type { Output } from './output';
import { pickAgents } from './strategies';
import type { AcdState, Agent, Contact, Queue } from './state';
import type { WaitingLine } from './waiting-line';

const mayOffer = (agent: Agent, contact: Contact): boolean =>
  canTake(agent, contact.channel) && !contact.refusedBy.has(agent.config.id);

/**
 * Contact side: offers a waiting contact to the best available agent(s) — its queues in order,
 * each queue's levels from the primary group down, the queue's strategy within a level — then to
 * agents added by escalation. Returns whether an offer was made.
 */
export function offerContact(state: AcdState, contact: Contact, at: Instant, out: Output): boolean {
  if (contact.phase !== 'waiting') return false;
  const home = state.queues.get(contact.queueId);
  if (home === undefined) return false;
  for (const queueId of contact.listings) {
    const queue = state.queues.get(queueId);
    if (queue === undefined) continue;
    for (const level of queue.levels) {
      const available = queue.available.get(availableKey(contact.channel, level));
      if (available === undefined || available.size === 0) continue;
      const picked = pickAgents(state, queue, available, (agent) => mayOffer(agent, contact));
      // Offers are made under the contact's own queue (its ring timeout, missed-offer rule): a ring-all
      // queue added by escalation lends its agents, in its order, but rings them one at a time.
      const agents = queue === home ? picked : picked.slice(0, 1);
      if (agents.length > 0) {
        makeOffers(state, contact, home, agents, at, out);
        return true;
      }
    }
  }
  for (const agentId of contact.extraAgents) {
    const agent = state.agents.get(agentId);
    if (agent !== undefined && mayOffer(agent, contact)) {
      makeOffers(state, contact, home, [agent], at, out);
      return true;
    }
  }
  return false;
}

/**
 * Agent side: the contact an agent should be offered next. Levels from the primary group down;
 * among the queues of one level, the oldest contact (by priority, then arrival) or, per the
 * organization's setting, the one whose client is furthest behind its service-level target;
 * contacts added to the agent by escalation come after the agent's own queues.
 */
export function nextContactFor(state: AcdState, agent: Agent): Contact | undefined {
  const channels = CHANNELS.filter((channel) => canTake(agent, channel));
  if (channels.length === 0) return undefined;
  const notRefused = (contact: Contact): boolean => !contact.refusedBy.has(agent.config.id);
  for (const group of agent.levelGroups) {
    let best: Contact | undefined;
    for (const queueId of group.queueIds) {
      const line = state.queues.get(queueId)?.waiting;
      if (line !== undefined) best = bestHead(state, line, channels, notRefused, best);
    }
    if (best !== undefined) return best;
  }
  return bestHead(state, agent.personal, channels, notRefused, undefined);
}

function bestHead(state: AcdState, line: WaitingLine, channels: readonly Channel[], accept: (c: Contact) => boolean, best: Contact | undefined): Contact | undefined {
  for (const channel of channels) {
    const head = line.head(channel, accept);
    if (head !== undefined && (best === undefined || compareForSelection(state, head, best) < 0)) best = head;
  }
  return best;
}

function compareForSelection(state: AcdState, a: Contact, b: Contact): number {
  if (state.queueSelection === 'furthest-behind-service-level') {
    const byDeficit = deficitOf(state, b) - deficitOf(state, a);
    if (byDeficit !== 0) return byDeficit;
  }
  return contactOrder(a, b);
}

function deficitOf(state: AcdState, contact: Contact): number {
  const target = state.queues.get(contact.queueId)?.config.serviceLevel.targetRatio ?? 0;
  return target - serviceLevelOf(tallyOf(state, contact));
}

/**
 * Offers the agent contacts until it has no capacity left or nothing waits for it. A contact of a
 * ring-all queue rings the agent together with the other available members of the agent's level.
 */
export function serveAgent(state: AcdState, agent: Agent, at: Instant, out: Output): void {
  for (;;) {
    const contact = nextContactFor(state, agent);
    const home = contact === undefined ? undefined : state.queues.get(contact.queueId);
    if (contact === undefined || home === undefined) return;
    makeOffers(state, contact, home, ringGroup(home, agent, contact), at, out);
  }
}

function ringGroup(home: Queue, agent: Agent, contact: Contact): readonly Agent[] {
  const level = home.members.get(agent.config.id)?.level;
  if (home.config.strategy !== 'ring-all' || level === undefined) return [agent];
  const peers = home.available.get(availableKey(contact.channel, level))?.toArray() ?? [];
  const group = [agent, ...peers.filter((peer) => peer !== agent && mayOffer(peer, contact))];
  const order = (a: Agent) => home.members.get(a.config.id)?.order ?? 0;
  return group.sort((a, b) => order(a) - order(b));
}
