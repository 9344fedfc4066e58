// The model of an ACD event log that the properties compare with the state: every contact and
// offer, tracked from the effects alone (see acd-arbitraries.ts). Not part of the package's API.
import type { AgentId, ContactId, OfferId, QueueId } from '../ids';
import type { Channel } from '../acd/config';
import type { DomainEvent, Effect } from '../acd/effects';
import type { AcdEvent, RequestedPresence } from '../acd/events';

export type ModelStage = 'queue' | 'connected' | 'wrap-up' | 'ended';
export type ModelPhase = 'waiting' | 'offered' | 'connected' | 'wrap-up' | 'ended';
export type ModelContact = {
  readonly id: ContactId;
  stage: ModelStage;
  queueId: QueueId;
  channel: Channel;
  isCallback: boolean;
  readonly offers: Set<OfferId>;
  agentId: AgentId | null;
  nextEscalation: number;
  /** Overflowed to a queue: a ContactQueued (or another overflow) must follow in the same step. */
  moving: boolean;
};
export type ModelOffer = {
  readonly id: OfferId; readonly contactId: ContactId; readonly agentId: AgentId; readonly queueId: QueueId;
  readonly channel: Channel; timerKey: string | null;
};

export function phaseOf(contact: ModelContact): ModelPhase {
  if (contact.stage !== 'queue') return contact.stage;
  return contact.offers.size > 0 ? 'offered' : 'waiting';
}

const fail = (message: string): never => {
  throw new Error(message);
};

/**
 * What the effects say about every contact and offer. Each transition is checked against the stage
 * the contact is in (an answer needs an offer, wrap-up needs a connection, nothing follows the end).
 */
export class LogModel {
  readonly contacts = new Map<ContactId, ModelContact>();
  readonly offers = new Map<OfferId, ModelOffer>();
  readonly resolvedOffers: OfferId[] = [];
  /** The agent's last requested presence, from the input and from AgentStateChanged. */
  readonly presence = new Map<AgentId, RequestedPresence['kind']>();

  apply(event: AcdEvent, effects: readonly Effect[]): void {
    if (event.type === 'AgentPresenceSet') this.presence.set(event.agentId, event.presence.kind);
    for (const effect of effects) this.applyEffect(event, effect);
    for (const contact of this.contacts.values()) if (contact.moving) fail(`${contact.id} overflowed to a queue but was never queued there`);
  }

  held(agent: AgentId): ModelContact[] {
    return [...this.contacts.values()].filter((c) => c.agentId === agent && (c.stage === 'connected' || c.stage === 'wrap-up'));
  }

  private contact(id: ContactId, what: string): ModelContact {
    return this.contacts.get(id) ?? fail(`${what} for unknown contact ${id}`);
  }

  private resolve(id: OfferId, what: string): ModelOffer {
    const offer = this.offers.get(id) ?? fail(`${what} for offer ${id}, which is not outstanding`);
    this.offers.delete(id);
    this.contacts.get(offer.contactId)?.offers.delete(id);
    this.resolvedOffers.push(id);
    return offer;
  }

  private applyEffect(event: AcdEvent, effect: Effect): void {
    switch (effect.type) {
      case 'OfferContact': {
        const contact = this.contact(effect.contactId, 'OfferContact');
        if (phaseOf(contact) !== 'waiting' && phaseOf(contact) !== 'offered') fail(`${contact.id} offered while ${phaseOf(contact)}`);
        if (effect.channel !== contact.channel) fail(`${contact.id} offered as ${effect.channel}, is ${contact.channel}`);
        if ([...contact.offers].some((id) => this.offers.get(id)?.timerKey !== null)) fail(`${contact.id} offered again while it rings`);
        if (this.presence.get(effect.agentId) !== 'ready') fail(`${contact.id} offered to ${effect.agentId}, who is not ready`);
        const { offerId: id, agentId: agent, queueId: queue, channel } = effect;
        this.offers.set(id, { id, contactId: contact.id, agentId: agent, queueId: queue, channel, timerKey: null });
        contact.offers.add(id);
        return;
      }
      case 'RevokeOffer':
        this.resolve(effect.offerId, 'RevokeOffer');
        return;
      case 'StartTimer':
        if (effect.key.startsWith('ring:')) this.attachRingTimer(effect.key);
        return;
      case 'AnnouncePosition': {
        const contact = this.contact(effect.contactId, 'AnnouncePosition');
        if (phaseOf(contact) !== 'waiting' || effect.position < 1) fail(`${contact.id} announced at ${effect.position} while ${phaseOf(contact)}`);
        return;
      }
      case 'Emit':
        this.applyEvent(event, effect.event);
        return;
      default:
        return;
    }
  }

  private attachRingTimer(key: string): void {
    const id = key.slice('ring:'.length, key.lastIndexOf(':')) as ContactId;
    const unattached = [...this.contact(id, key).offers].map((o) => this.offers.get(o)).filter((o) => o?.timerKey === null);
    if (unattached.length === 0) fail(`${key} started with no new offer`);
    for (const offer of unattached) if (offer !== undefined) offer.timerKey = key;
  }

  private applyEvent(input: AcdEvent, event: DomainEvent): void {
    if (event.type === 'AgentStateChanged') {
      if (event.to === 'ready' || event.to === 'not-ready') this.presence.set(event.agentId, event.to);
      return;
    }
    const known = this.contacts.get(event.contactId);
    if (known?.stage === 'ended') fail(`${event.type} for ${event.contactId}, which had ended`);
    if (known === undefined) {
      if (input.type !== 'ContactArrived' || input.contactId !== event.contactId) fail(`${event.type} for ${event.contactId}, which never arrived`);
      if (event.type !== 'ContactQueued' && event.type !== 'ContactOverflowed') fail(`an arrival began with ${event.type}`);
      this.contacts.set(event.contactId, {
        id: event.contactId, stage: 'queue', queueId: event.queueId, channel: event.channel, isCallback: event.channel === 'callback',
        offers: new Set(), agentId: null, nextEscalation: 0, moving: event.type === 'ContactOverflowed',
      });
    }
    this.transition(this.contact(event.contactId, event.type), event);
  }

  private transition(c: ModelContact, event: Exclude<DomainEvent, { type: 'AgentStateChanged' }>): void {
    const expect = (ok: boolean) => ok || fail(`${event.type} for ${c.id} while ${phaseOf(c)}${c.moving ? ' (moving)' : ''}`);
    if (event.channel !== c.channel && event.type !== 'CallbackScheduled') fail(`${event.type} for ${c.id} as ${event.channel}, is ${c.channel}`);
    c.queueId = event.queueId; // events carry the contact's current queue (it changes on overflow)
    switch (event.type) {
      case 'ContactQueued':
        expect(c.moving || (c.stage === 'queue' && c.offers.size === 0));
        Object.assign(c, { moving: false, nextEscalation: 0 });
        return;
      case 'ContactOffered':
        expect(c.stage === 'queue' && this.offers.get(event.offerId)?.contactId === c.id);
        return;
      case 'OfferTimedOut':
        expect(c.stage === 'queue' && !this.offers.has(event.offerId) && this.resolvedOffers.includes(event.offerId));
        return;
      case 'OfferDeclined':
        expect(c.stage === 'queue');
        this.resolve(event.offerId, 'OfferDeclined');
        return;
      case 'ContactAnswered':
        expect(c.stage === 'queue' && !c.moving);
        this.resolve(event.offerId, 'ContactAnswered');
        if (c.offers.size > 0) fail(`${c.id} answered while other offers still ring`);
        Object.assign(c, { stage: 'connected', agentId: event.agentId });
        return;
      case 'ContactAbandoned':
        expect(c.stage === 'queue' && c.offers.size === 0 && !c.moving);
        c.stage = 'ended';
        return;
      case 'ContactOverflowed':
        expect(c.stage === 'queue' && c.offers.size === 0);
        c.moving = event.target.kind === 'queue';
        if (c.moving) c.nextEscalation = 0;
        if (event.target.kind === 'voicemail' || event.target.kind === 'disconnect') c.stage = 'ended';
        return;
      case 'CallbackScheduled':
        expect(c.stage === 'queue' && c.offers.size === 0 && !c.moving);
        Object.assign(c, { isCallback: true, channel: 'callback' });
        return;
      case 'ContactEscalated':
        expect(c.stage === 'queue' && !c.moving && event.step === c.nextEscalation);
        c.nextEscalation += 1;
        return;
      case 'ContactEnded':
        expect(c.stage === 'connected' && c.agentId === event.agentId);
        c.stage = 'wrap-up';
        return;
      case 'WrapUpFinished':
        expect(c.stage === 'wrap-up' && c.agentId === event.agentId);
        c.stage = 'ended';
        return;
    }
  }
}
