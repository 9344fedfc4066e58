import { DEFAULT_QUEUE_POLICY, VOICE_ONLY, type AcdConfig, type QueueConfig, type Strategy } from '../acd/config';
import { agentId, orgId, type AgentId, type ClientId, type QueueId } from '../ids';
import type { Distribution } from './distribution';
import type { ArrivalRate } from './poisson-arrivals';

/** A queue of the simulated organization; ACD policy not named here takes simulation defaults. */
export type SimQueue = {
  readonly id: QueueId;
  readonly clientId: ClientId;
  readonly strategy: Strategy;
  /** Service-level threshold T (seconds) of the queue's client, used by the ACD and the KPIs. */
  readonly targetSeconds: number;
  readonly targetRatio?: number;
  readonly wrapUpSeconds?: number;
  /** Any other ACD queue policy (overflow, escalation …). */
  readonly policy?: Partial<Omit<QueueConfig, 'id' | 'clientId' | 'strategy'>>;
};

/**
 * Identical agents with the same memberships. Agent ids are `agt_<group>_<n>` (n from 1). Without a
 * schedule all `count` agents are logged in (ready) at time 0 for the whole run; with one, `count`
 * is the pool and the schedule says how many of them are logged in from each instant on.
 */
export type AgentGroup = {
  readonly id: string;
  readonly count: number;
  readonly memberships: readonly { readonly queueId: QueueId; readonly level: number }[];
  readonly schedule?: readonly StaffingStep[];
};

export type StaffingStep = { readonly atMs: number; readonly count: number };

/** Contacts reaching one queue: Poisson arrivals, their handling (talk) time and patience, in ms. */
export type ArrivalStream = {
  readonly queueId: QueueId;
  readonly rate: ArrivalRate;
  readonly handlingMs: Distribution;
  /** Time a caller waits before hanging up; null = infinitely patient. */
  readonly patienceMs: Distribution | null;
  readonly priority?: number;
};

export type SimulationConfig = {
  readonly queues: readonly SimQueue[];
  readonly groups: readonly AgentGroup[];
  readonly streams: readonly ArrivalStream[];
  /** Arrivals happen in [0, horizonMs); the run then drains (contacts in progress finish). */
  readonly horizonMs: number;
  /** Contacts arriving before this are simulated but not counted (steady-state studies). Default 0. */
  readonly warmUpMs?: number;
  /** Length of a KPI interval (e.g. 15 or 30 minutes). */
  readonly intervalMs: number;
  /** Delay between an offer and the agent accepting it. Default 0 (answer at once). */
  readonly ringDelayMs?: number;
};

export const agentIdOf = (group: string, n: number): AgentId => agentId(`agt_${group}_${n}`);

/** The ACD configuration of a simulated organization: its queues and every group's agents. */
export function acdConfigOf(queues: readonly SimQueue[], groups: readonly AgentGroup[], seed: number): AcdConfig {
  return {
    orgId: orgId('org_sim'),
    queueSelection: 'oldest-first',
    seed,
    queues: queues.map(queueConfigOf),
    agents: groups.flatMap((group) =>
      Array.from({ length: group.count }, (_, i) => ({
        id: agentIdOf(group.id, i + 1),
        memberships: group.memberships,
        capacity: VOICE_ONLY,
        voiceBlocksOthers: true,
      })),
    ),
  };
}

function queueConfigOf(queue: SimQueue): QueueConfig {
  return {
    ...DEFAULT_QUEUE_POLICY,
    noAnswerReason: null, // simulated agents answer every offer
    ...queue.policy,
    wrapUpSeconds: queue.wrapUpSeconds ?? queue.policy?.wrapUpSeconds ?? 0,
    serviceLevel: { targetSeconds: queue.targetSeconds, targetRatio: queue.targetRatio ?? 0.8 },
    id: queue.id,
    clientId: queue.clientId,
    strategy: queue.strategy,
  };
}
