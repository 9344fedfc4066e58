import { offerId, type Instant } from '../ids';
import { updateAgent } from './agents';
import { unlistContact, waitMs } from './contacts';
import type { RevokeReason } from './effects';
import type { Output } from './output';
import type { AcdState, Agent, Contact, Offer, Queue } from './state';

/** Rings the contact at the given agents (one, or several for ring-all) under one ring timer. */
export function makeOffers(state: AcdState, contact: Contact, queue: Queue, agents: readonly Agent[], at: Instant, out: Output): void {
  unlistContact(state, contact);
  contact.phase = 'offered';
  const timerKey = `ring:${contact.id}:${state.nextOffer}`;
  for (const agent of agents) {
    const offer: Offer = { id: offerId(`off_${state.nextOffer}`), contactId: contact.id, agentId: agent.config.id, queueId: queue.config.id, at, timerKey };
    state.nextOffer += 1;
    state.offers.set(offer.id, offer);
    contact.offers.push(offer.id);
    updateAgent(state, agent, at, out, () => {
      agent.holding.set(contact.id, contact);
      agent.used[contact.channel] += 1;
    });
    out.push({
      type: 'OfferContact', offerId: offer.id, contactId: contact.id, agentId: agent.config.id,
      queueId: queue.config.id, clientId: contact.clientId, channel: contact.channel,
      ringTimeoutSeconds: queue.config.ringTimeoutSeconds,
    });
    out.emit({
      type: 'ContactOffered', orgId: state.orgId, clientId: contact.clientId, queueId: contact.queueId, contactId: contact.id,
      channel: contact.channel, at, agentId: agent.config.id, offerId: offer.id, waitMs: waitMs(contact, at),
    });
  }
  out.startTimer(timerKey, at + queue.config.ringTimeoutSeconds * 1000);
}

/**
 * Withdraws one offer: the agent is told and freed (`alsoChange` runs in the same agent update, so
 * e.g. a missed offer goes straight from ringing to not-ready). The contact's phase is left to the caller.
 */
export function releaseOffer(
  state: AcdState, offer: Offer, reason: RevokeReason | null, at: Instant, out: Output, alsoChange: (agent: Agent) => void = () => undefined,
): Agent | undefined {
  state.offers.delete(offer.id);
  const contact = state.contacts.get(offer.contactId);
  if (contact !== undefined) contact.offers = contact.offers.filter((id) => id !== offer.id);
  const agent = state.agents.get(offer.agentId);
  if (reason !== null) out.push({ type: 'RevokeOffer', offerId: offer.id, contactId: offer.contactId, agentId: offer.agentId, reason });
  if (agent === undefined || contact === undefined) return agent;
  updateAgent(state, agent, at, out, () => {
    agent.holding.delete(contact.id);
    agent.used[contact.channel] -= 1;
    alsoChange(agent);
  });
  return agent;
}

/** Withdraws every offer of a contact, cancelling their timer; returns the agents freed. */
export function releaseAllOffers(state: AcdState, contact: Contact, reason: RevokeReason | null, at: Instant, out: Output): Agent[] {
  const offers = contact.offers.map((id) => state.offers.get(id)).filter((o): o is Offer => o !== undefined);
  const first = offers[0];
  if (first !== undefined) out.cancelTimer(first.timerKey);
  const freed: Agent[] = [];
  for (const offer of offers) {
    const agent = releaseOffer(state, offer, reason, at, out);
    if (agent !== undefined) freed.push(agent);
  }
  return freed;
}

export function offersWithTimer(state: AcdState, contact: Contact, key: string): Offer[] {
  return contact.offers.map((id) => state.offers.get(id)).filter((o): o is Offer => o !== undefined && o.timerKey === key);
}
