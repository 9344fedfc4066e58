import type { AgentId, ClientId, ContactId, Instant, OfferId, OrgId, QueueId } from '../ids';
import type { Channel, OverflowTarget } from './config';

/** The state an agent is reported in; every logged-in second is in exactly one of these. */
export type AgentStatus = 'logged-out' | 'ready' | 'not-ready' | 'ringing' | 'busy' | 'wrap-up';

type ContactFacts = {
  readonly orgId: OrgId;
  readonly clientId: ClientId;
  readonly queueId: QueueId;
  readonly contactId: ContactId;
  readonly channel: Channel;
  readonly at: Instant;
};

/** Domain events: past tense, each carrying its tenant (org, client) and the ids it concerns. */
export type DomainEvent =
  | (ContactFacts & { readonly type: 'ContactQueued'; readonly priority: number; readonly position: number; readonly waitMs: number })
  | (ContactFacts & { readonly type: 'ContactOffered'; readonly agentId: AgentId; readonly offerId: OfferId; readonly waitMs: number })
  | (ContactFacts & { readonly type: 'OfferTimedOut'; readonly agentId: AgentId; readonly offerId: OfferId })
  | (ContactFacts & { readonly type: 'OfferDeclined'; readonly agentId: AgentId; readonly offerId: OfferId })
  | (ContactFacts & { readonly type: 'ContactAnswered'; readonly agentId: AgentId; readonly offerId: OfferId; readonly waitMs: number })
  | (ContactFacts & { readonly type: 'ContactAbandoned'; readonly waitMs: number; readonly whileOffered: boolean })
  | (ContactFacts & { readonly type: 'ContactOverflowed'; readonly waitMs: number; readonly target: OverflowTarget; readonly cause: OverflowCause })
  | (ContactFacts & { readonly type: 'ContactEscalated'; readonly step: number })
  | (ContactFacts & { readonly type: 'CallbackScheduled'; readonly waitMs: number })
  | (ContactFacts & { readonly type: 'ContactEnded'; readonly agentId: AgentId; readonly talkMs: number })
  | (ContactFacts & { readonly type: 'WrapUpFinished'; readonly agentId: AgentId; readonly wrapUpMs: number })
  | {
      readonly type: 'AgentStateChanged';
      readonly orgId: OrgId;
      readonly agentId: AgentId;
      readonly at: Instant;
      readonly from: AgentStatus;
      readonly to: AgentStatus;
      /** The not-ready reason when `to` is not-ready, else null. */
      readonly reason: string | null;
    };

export type OverflowCause = 'max-wait' | 'queue-full' | 'empty-queue' | 'queue-emptied' | 'escalation' | 'unknown-queue';

export type RevokeReason = 'timed-out' | 'abandoned' | 'taken-by-another' | 'overflowed' | 'agent-logged-out';

/** Effects: imperative instructions for the shell, carried out in order. */
export type Effect =
  | {
      readonly type: 'OfferContact';
      readonly offerId: OfferId;
      readonly contactId: ContactId;
      readonly agentId: AgentId;
      readonly queueId: QueueId;
      readonly clientId: ClientId;
      readonly channel: Channel;
      readonly ringTimeoutSeconds: number;
    }
  | { readonly type: 'RevokeOffer'; readonly offerId: OfferId; readonly contactId: ContactId; readonly agentId: AgentId; readonly reason: RevokeReason }
  | { readonly type: 'StartTimer'; readonly key: string; readonly at: Instant }
  | { readonly type: 'CancelTimer'; readonly key: string }
  | { readonly type: 'OverflowContact'; readonly contactId: ContactId; readonly target: OverflowTarget }
  | { readonly type: 'AnnouncePosition'; readonly contactId: ContactId; readonly position: number; readonly expectedWaitSeconds: number | null }
  | { readonly type: 'Emit'; readonly event: DomainEvent };

export type EffectType = Effect['type'];
