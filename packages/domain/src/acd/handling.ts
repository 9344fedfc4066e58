import type { Instant } from '../ids';
import { updateAgent } from './agents';
import { cancelQueueTimers, listContact, tallyOf, targetMsOf, timerKeys, waitMs } from './contacts';
import { offerContact, serveAgent } from './match';
import { releaseAllOffers, releaseOffer } from './offers';
import type { Output } from './output';
import { afterAgentChange } from './presence';
import { facts } from './queueing';
import { NO_REFUSALS, type AcdState, type Contact, type Offer } from './state';

/** The agent answered: connect, withdraw the other ring-all offers, count the service level. */
export function accept(state: AcdState, offer: Offer, at: Instant, out: Output): void {
  const contact = state.contacts.get(offer.contactId);
  const agent = state.agents.get(offer.agentId);
  if (contact === undefined || agent === undefined) return;
  state.offers.delete(offer.id);
  contact.offers = contact.offers.filter((id) => id !== offer.id);
  const others = releaseAllOffers(state, contact, 'taken-by-another', at, out);
  if (others.length === 0) out.cancelTimer(offer.timerKey);
  cancelQueueTimers(state.queues.get(contact.queueId), contact, out);
  const wait = waitMs(contact, at);
  updateAgent(state, agent, at, out, () => {
    contact.phase = 'connected';
    contact.agentId = agent.config.id;
    contact.answeredAt = at;
  });
  const tally = tallyOf(state, contact);
  tally.answered += 1;
  if (wait <= targetMsOf(state, contact.queueId)) tally.withinTarget += 1;
  out.emit({ ...facts(state, contact, at), type: 'ContactAnswered', agentId: agent.config.id, offerId: offer.id, waitMs: wait });
  for (const other of others) serveAgent(state, other, at, out);
}

/** One offer was refused (declined or rang out): the contact goes back in line unless others still ring. */
export function refuse(state: AcdState, offer: Offer, how: 'declined' | 'timed-out', at: Instant, out: Output): void {
  const contact = state.contacts.get(offer.contactId);
  const agent = state.agents.get(offer.agentId);
  if (contact === undefined || agent === undefined) return;
  const ringAll = state.queues.get(offer.queueId)?.config.strategy === 'ring-all';
  const lastOffer = contact.offers.length === 1;
  if (how === 'declined' && lastOffer) out.cancelTimer(offer.timerKey);
  if (!ringAll || how === 'declined') contact.refusedBy = new Set([...contact.refusedBy, agent.config.id]);
  const reason = state.queues.get(offer.queueId)?.config.noAnswerReason ?? null;
  const missed = how === 'timed-out' && !ringAll && reason !== null && agent.presence.kind === 'ready';
  releaseOffer(state, offer, how === 'timed-out' ? 'timed-out' : null, at, out, () => {
    if (missed) agent.presence = { kind: 'not-ready', reason };
  });
  const type = how === 'declined' ? 'OfferDeclined' : 'OfferTimedOut';
  out.emit({ ...facts(state, contact, at), type, agentId: agent.config.id, offerId: offer.id });
  // Back in line before the agent is served, offered after: the freed agent takes the first contact in
  // line for them (under ring-all that may be this one again, but not ahead of an earlier one).
  const back = contact.offers.length === 0;
  if (back) startNewRoundIfAllRefused(state, contact);
  if (back) listContact(state, contact);
  serveAgent(state, agent, at, out);
  if (back) offerContact(state, contact, at, out);
}

/**
 * Once every logged-in member of its queue has declined the contact or let it ring out, a new round
 * begins and they may be offered it again: otherwise it would wait, unoffered, with agents idle.
 */
function startNewRoundIfAllRefused(state: AcdState, contact: Contact): void {
  const home = state.queues.get(contact.queueId);
  if (home === undefined) return;
  let refusedMembers = 0;
  for (const id of contact.refusedBy) if (home.members.has(id) && state.agents.get(id)?.status !== 'logged-out') refusedMembers += 1;
  if (refusedMembers > 0 && refusedMembers >= home.loggedIn) contact.refusedBy = NO_REFUSALS;
}

/** A connected contact ended: the agent enters wrap-up for it (or finishes at once without wrap-up). */
export function endContact(state: AcdState, contact: Contact, at: Instant, out: Output): void {
  const agent = contact.agentId === null ? undefined : state.agents.get(contact.agentId);
  if (agent === undefined || contact.phase !== 'connected') return;
  const talkMs = at - (contact.answeredAt ?? at);
  updateAgent(state, agent, at, out, () => {
    contact.phase = 'wrap-up';
    contact.endedAt = at;
    agent.handled += 1;
    agent.talkMs += talkMs;
  });
  out.emit({ ...facts(state, contact, at), type: 'ContactEnded', agentId: agent.config.id, talkMs });
  const wrapUpSeconds = state.queues.get(contact.queueId)?.config.wrapUpSeconds ?? 0;
  if (wrapUpSeconds > 0) out.startTimer(timerKeys.wrapUp(contact), at + wrapUpSeconds * 1000);
  else finishWrapUp(state, contact, at, out);
}

/** Wrap-up over (timer, or the agent ended it early): the slot is free again. */
export function finishWrapUp(state: AcdState, contact: Contact, at: Instant, out: Output, early = false): void {
  const agent = contact.agentId === null ? undefined : state.agents.get(contact.agentId);
  if (agent === undefined || contact.phase !== 'wrap-up') return;
  if (early) out.cancelTimer(timerKeys.wrapUp(contact));
  const queue = state.queues.get(contact.queueId);
  if (queue !== undefined) {
    queue.handledCount += 1;
    queue.handleMs += at - (contact.answeredAt ?? at);
  }
  updateAgent(state, agent, at, out, () => {
    agent.holding.delete(contact.id);
    agent.used[contact.channel] -= 1;
    if (agent.holding.size === 0) agent.freeSince = at;
  }, true);
  state.contacts.delete(contact.id);
  out.emit({ ...facts(state, contact, at), type: 'WrapUpFinished', agentId: agent.config.id, wrapUpMs: at - (contact.endedAt ?? at) });
  afterAgentChange(state, agent, at, out);
}
