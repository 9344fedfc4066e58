// Test builders for the ACD (STYLE.md §9). Not part of the package's public API.
import { agentId, clientId, orgId, queueId, type AgentId } from '../ids';
import { DEFAULT_QUEUE_POLICY, VOICE_ONLY, type AcdConfig, type AgentConfig, type QueueConfig } from '../acd/config';

export function aQueue(overrides: Partial<Omit<QueueConfig, 'id'>> & { readonly id?: string } = {}): QueueConfig {
  return {
    ...DEFAULT_QUEUE_POLICY,
    clientId: clientId('cli_1'),
    ...overrides,
    id: queueId(overrides.id ?? 'que_1'),
  };
}

/** An agent in the given queues (level 1 unless given as [queue, level]). */
export function anAgent(
  id: AgentId | string,
  queues: readonly (string | readonly [string, number])[] = ['que_1'],
  overrides: Partial<Omit<AgentConfig, 'id'>> = {},
): AgentConfig {
  return {
    id: agentId(id),
    memberships: queues.map((q) => (typeof q === 'string' ? { queueId: queueId(q), level: 1 } : { queueId: queueId(q[0]), level: q[1] })),
    capacity: VOICE_ONLY,
    voiceBlocksOthers: true,
    ...overrides,
  };
}

export function anAcdConfig(overrides: Partial<AcdConfig> = {}): AcdConfig {
  return {
    orgId: orgId('org_1'),
    queueSelection: 'oldest-first',
    queues: [aQueue()],
    agents: [],
    seed: 42,
    ...overrides,
  };
}
