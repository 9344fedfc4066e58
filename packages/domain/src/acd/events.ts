import type { AgentId, ContactId, Instant, OfferId, QueueId } from '../ids';
import type { AgentConfig, Channel, QueueConfig } from './config';

/** What an agent asks for. Busy, ringing and wrap-up are not asked for: the ACD derives them. */
export type RequestedPresence =
  | { readonly kind: 'ready' }
  | { readonly kind: 'not-ready'; readonly reason: string }
  | { readonly kind: 'logged-out' };

/** A contact reaches a queue (from the IVR, a transfer, or a callback request placed elsewhere). */
export type ContactArrived = {
  readonly type: 'ContactArrived';
  readonly at: Instant;
  readonly contactId: ContactId;
  readonly queueId: QueueId;
  readonly channel: Channel;
  /** Higher is served first; FIFO within a priority. Default 0. */
  readonly priority?: number;
};

/** The caller hung up (or the chat was closed) before being connected. */
export type ContactAbandoned = { readonly type: 'ContactAbandoned'; readonly at: Instant; readonly contactId: ContactId };

/** A waiting caller asked to be called back: the contact keeps its place and becomes a callback. */
export type CallbackRequested = { readonly type: 'CallbackRequested'; readonly at: Instant; readonly contactId: ContactId };

/** A connected contact ended; the agent enters wrap-up for it. */
export type ContactEnded = { readonly type: 'ContactEnded'; readonly at: Instant; readonly contactId: ContactId };

export type OfferAccepted = { readonly type: 'OfferAccepted'; readonly at: Instant; readonly offerId: OfferId };
export type OfferDeclined = { readonly type: 'OfferDeclined'; readonly at: Instant; readonly offerId: OfferId };

/** The agent ends wrap-up early (for one contact, or every wrap-up they hold). */
export type WrapUpEnded = {
  readonly type: 'WrapUpEnded';
  readonly at: Instant;
  readonly agentId: AgentId;
  readonly contactId?: ContactId;
};

export type AgentPresenceSet = {
  readonly type: 'AgentPresenceSet';
  readonly at: Instant;
  readonly agentId: AgentId;
  readonly presence: RequestedPresence;
};

/** A timer the ACD asked for with StartTimer has fired. */
export type TimerFired = { readonly type: 'TimerFired'; readonly at: Instant; readonly key: string };

/** Configuration changes take effect for later decisions; contacts already waiting stay. */
export type QueueConfigured = { readonly type: 'QueueConfigured'; readonly at: Instant; readonly queue: QueueConfig };
export type AgentConfigured = { readonly type: 'AgentConfigured'; readonly at: Instant; readonly agent: AgentConfig };

export type AcdEvent =
  | ContactArrived
  | ContactAbandoned
  | CallbackRequested
  | ContactEnded
  | OfferAccepted
  | OfferDeclined
  | WrapUpEnded
  | AgentPresenceSet
  | TimerFired
  | QueueConfigured
  | AgentConfigured;
