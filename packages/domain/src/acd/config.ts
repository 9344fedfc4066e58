import type { AgentId, ClientId, OrgId, QueueId } from '../ids';

/** Contact channels. A callback is a voice contact the agent places. */
export type Channel = 'voice' | 'chat' | 'email' | 'callback';
export const CHANNELS: readonly Channel[] = ['voice', 'chat', 'email', 'callback'];

export type Strategy =
  | 'longest-idle'
  | 'round-robin'
  | 'fewest-contacts'
  | 'least-talk-time'
  | 'top-down'
  | 'random'
  | 'ring-all';

/** Where a contact goes when it may not (or no longer) wait in its queue. */
export type OverflowTarget =
  | { readonly kind: 'queue'; readonly queueId: QueueId }
  | { readonly kind: 'voicemail' }
  | { readonly kind: 'callback' }
  | { readonly kind: 'disconnect'; readonly message: string };

/** What an escalation step does once a contact has waited `afterSeconds` in the queue. */
export type EscalationAction =
  | { readonly kind: 'add-queues'; readonly queueIds: readonly QueueId[] }
  | { readonly kind: 'add-agents'; readonly agentIds: readonly AgentId[] }
  | { readonly kind: 'raise-priority'; readonly by: number }
  | { readonly kind: 'overflow'; readonly target: OverflowTarget };

export type EscalationStep = { readonly afterSeconds: number; readonly action: EscalationAction };

export type QueueConfig = {
  readonly id: QueueId;
  readonly clientId: ClientId;
  readonly strategy: Strategy;
  /** Seconds an offer rings one agent before the next agent is tried. */
  readonly ringTimeoutSeconds: number;
  /** Not-ready reason given to an agent who lets an offer ring out; null keeps them ready. */
  readonly noAnswerReason: string | null;
  readonly wrapUpSeconds: number;
  /** Longest a contact may wait before it overflows; null = no limit. */
  readonly maxWaitSeconds: number | null;
  /** Most contacts that may wait at once; an arrival beyond it overflows at once. null = no limit. */
  readonly maxWaiting: number | null;
  readonly overflow: OverflowTarget;
  /** Refuse arrivals (overflow at once) while no member is logged in. */
  readonly refuseWhenEmpty: boolean;
  /** Overflow the waiting contacts when the last member logs out. */
  readonly leaveWhenEmpty: boolean;
  /** Steps ordered by `afterSeconds`. */
  readonly escalation: readonly EscalationStep[];
  /** Seconds between position/expected-wait announcements; null = never. */
  readonly announceEverySeconds: number | null;
  /** Service-level contract of the queue's client: answered within targetSeconds ≥ targetRatio. */
  readonly serviceLevel: { readonly targetSeconds: number; readonly targetRatio: number };
};

/** Level 1 is the agent's primary group; higher numbers are served only when lower levels are empty. */
export type Membership = {
  readonly queueId: QueueId;
  readonly level: number;
  /** Place in the queue's ordered list (top-down, round-robin); default: the agent's place in the org. */
  readonly order?: number;
};

/** How many contacts of each channel an agent may hold at once. */
export type Capacity = Readonly<Record<Channel, number>>;

export type AgentConfig = {
  readonly id: AgentId;
  readonly memberships: readonly Membership[];
  readonly capacity: Capacity;
  /** While a voice or callback contact is offered, connected or in wrap-up, nothing else is offered (and the reverse). */
  readonly voiceBlocksOthers: boolean;
};

/** When several queues at one level have waiting contacts, which one an agent serves first. */
export type QueueSelection = 'oldest-first' | 'furthest-behind-service-level';

export type AcdConfig = {
  readonly orgId: OrgId;
  readonly queueSelection: QueueSelection;
  readonly queues: readonly QueueConfig[];
  /** `order` of members for top-down and round-robin is the order of this list. */
  readonly agents: readonly AgentConfig[];
  /** Seed for the random strategy; the generator's state lives in AcdState. */
  readonly seed: number;
};

export const VOICE_ONLY: Capacity = { voice: 1, chat: 0, email: 0, callback: 1 };

/** What a queue does where its configuration does not say (DESIGN.md §4: a missed offer makes the agent not ready). */
export const DEFAULT_QUEUE_POLICY = {
  strategy: 'longest-idle',
  ringTimeoutSeconds: 15,
  noAnswerReason: 'missed-offer',
  wrapUpSeconds: 0,
  maxWaitSeconds: null,
  maxWaiting: null,
  overflow: { kind: 'voicemail' },
  refuseWhenEmpty: false,
  leaveWhenEmpty: false,
  escalation: [],
  announceEverySeconds: null,
  serviceLevel: { targetSeconds: 20, targetRatio: 0.8 },
} as const satisfies Omit<QueueConfig, 'id' | 'clientId'>;
