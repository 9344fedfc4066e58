import type { AgentId, ClientId, ContactId, Instant, OfferId, OrgId, QueueId } from '../ids';
import type { AgentConfig, Channel, QueueConfig, QueueSelection } from './config';
import type { AgentStatus } from './effects';
import type { RequestedPresence } from './events';
import type { SortedList } from './sorted-list';
import type { WaitingLine } from './waiting-line';

export type ContactPhase = 'waiting' | 'offered' | 'connected' | 'wrap-up';

export type Contact = {
  readonly id: ContactId;
  channel: Channel;
  /** Current queue (changes on overflow to another queue). */
  queueId: QueueId;
  clientId: ClientId;
  priority: number;
  /** When the contact first reached the ACD: its place in line and the base of its wait. */
  readonly arrivedAt: Instant;
  /** Arrival order, the last tie-breaker after priority and arrival time. */
  readonly seq: number;
  /** When it entered its current queue: base of max-wait and escalation. */
  queuedAt: Instant;
  phase: ContactPhase;
  /** Queues whose waiting lists hold it (its own plus any added by escalation). */
  listings: QueueId[];
  /** Agents added by escalation, who see it after their own queues. */
  extraAgents: AgentId[];
  /** Agents who declined it or let it ring out; not offered it again in this queue. */
  /** NO_REFUSALS (shared, never written) until the first refusal: most contacts are never refused. */
  refusedBy: ReadonlySet<AgentId>;
  offers: OfferId[];
  nextEscalation: number;
  /** When the next position announcement is due (null: none); a timer firing earlier is stale. */
  nextAnnounceAt: Instant | null;
  overflowHops: number;
  isCallback: boolean;
  agentId: AgentId | null;
  answeredAt: Instant | null;
  endedAt: Instant | null;
};

export type Offer = {
  readonly id: OfferId;
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  readonly queueId: QueueId;
  readonly at: Instant;
  /** Ring-all offers share one timer, keyed by the contact. */
  readonly timerKey: string;
};

export type Agent = {
  config: AgentConfig;
  presence: RequestedPresence;
  status: AgentStatus;
  statusReason: string | null;
  /** Contacts the agent holds (offered, connected or in wrap-up), by id. */
  holding: Map<ContactId, Contact>;
  used: Record<Channel, number>;
  /** Strategy keys. */
  freeSince: Instant;
  handled: number;
  talkMs: number;
  /** Contacts waiting for this agent because an escalation step added them. */
  personal: WaitingLine;
  /** Memberships grouped by level, ascending: the order the agent serves its queues in. */
  levelGroups: { readonly level: number; readonly queueIds: readonly QueueId[] }[];
  /** The agent's place in the organization: the default member order. */
  readonly ordinal: number;
  /** Channels this agent is currently listed as available for, in the queues' indexes. */
  listedFor: Set<Channel>;
};

export type QueueMember = { readonly agentId: AgentId; readonly level: number; readonly order: number };

export type Queue = {
  config: QueueConfig;
  waiting: WaitingLine;
  members: Map<AgentId, QueueMember>;
  /** Distinct membership levels, ascending. */
  levels: number[];
  /** Available agents by channel and level, ordered by the queue's strategy. */
  available: Map<string, SortedList<Agent>>;
  /** A new, empty list ordered by the queue's strategy. */
  makeAgentList: () => SortedList<Agent>;
  loggedIn: number;
  /** Member order of the agent last offered a contact (round-robin). */
  cursor: number;
  handledCount: number;
  handleMs: number;
};

export type ServiceTally = { answered: number; withinTarget: number; abandonedAfterTarget: number };

export type AcdState = {
  readonly orgId: OrgId;
  queueSelection: QueueSelection;
  queues: Map<QueueId, Queue>;
  agents: Map<AgentId, Agent>;
  contacts: Map<ContactId, Contact>;
  offers: Map<OfferId, Offer>;
  serviceByClient: Map<ClientId, ServiceTally>;
  /** State of the random strategy's generator (xoroshiro128+). */
  rng: readonly number[];
  nextSeq: number;
  nextOffer: number;
};

export const NO_REFUSALS: ReadonlySet<AgentId> = new Set();
