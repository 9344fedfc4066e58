import type { Instant, QueueId } from '../ids';
import { listAgent, unlistAgent, updateAgent } from './agents';
import type { AgentConfig, QueueConfig } from './config';
import type { Output } from './output';
import { afterAgentChange, leaveEmptyQueues } from './presence';
import { SortedList } from './sorted-list';
import { WaitingLine } from './waiting-line';
import { agentOrder } from './strategies';
import type { AcdState, Agent, Queue } from './state';

/** Adds a queue or changes its policy; a new strategy re-sorts its available agents. */
export function configureQueue(state: AcdState, config: QueueConfig): void {
  const existing = state.queues.get(config.id);
  if (existing !== undefined) {
    const strategyChanged = existing.config.strategy !== config.strategy;
    existing.config = config;
    if (strategyChanged) resortAvailable(existing);
    return;
  }
  const queue: Queue = {
    config, waiting: new WaitingLine(), members: new Map(), levels: [], available: new Map(),
    makeAgentList: () => new SortedList(agentOrder(queue.config.strategy, queue)),
    loggedIn: 0, cursor: -1, handledCount: 0, handleMs: 0,
  };
  state.queues.set(config.id, queue);
  for (const agent of state.agents.values()) {
    if (!agent.config.memberships.some((m) => m.queueId === config.id)) continue;
    unlistAgent(state, agent);
    join(state, agent, queue);
    listAgent(state, agent);
  }
}

function resortAvailable(queue: Queue): void {
  for (const [key, list] of queue.available) {
    const sorted = queue.makeAgentList();
    for (const agent of list.toArray()) sorted.insert(agent);
    queue.available.set(key, sorted);
  }
}

/** Adds an agent (logged out) or changes its memberships and capacity. */
export function configureAgent(state: AcdState, config: AgentConfig, at: Instant, out: Output): void {
  const agent = state.agents.get(config.id) ?? newAgent(state, config);
  unlistAgent(state, agent);
  const before = queuesOf(state, agent);
  for (const queue of before) leave(agent, queue);
  agent.config = { ...config, memberships: firstPerQueue(config.memberships) };
  agent.levelGroups = groupByLevel(agent.config);
  for (const queue of queuesOf(state, agent)) join(state, agent, queue);
  updateAgent(state, agent, at, out, () => undefined);
  afterAgentChange(state, agent, at, out);
  leaveEmptyQueues(state, before.map((q) => q.config.id), at, out);
}

/** One membership per queue (the first given): a second would list the agent twice. */
function firstPerQueue(memberships: AgentConfig['memberships']): AgentConfig['memberships'] {
  return memberships.filter((m, i) => memberships.findIndex((other) => other.queueId === m.queueId) === i);
}

function newAgent(state: AcdState, config: AgentConfig): Agent {
  const agent: Agent = {
    config: { ...config, memberships: [] }, presence: { kind: 'logged-out' }, status: 'logged-out', statusReason: null,
    holding: new Map(), used: { voice: 0, chat: 0, email: 0, callback: 0 }, freeSince: 0, handled: 0, talkMs: 0,
    personal: new WaitingLine(), listedFor: new Set(), levelGroups: [], ordinal: state.agents.size,
  };
  state.agents.set(config.id, agent);
  return agent;
}

function queuesOf(state: AcdState, agent: Agent): Queue[] {
  return agent.config.memberships.map((m) => state.queues.get(m.queueId)).filter((q): q is Queue => q !== undefined);
}

function join(state: AcdState, agent: Agent, queue: Queue): void {
  const membership = agent.config.memberships.find((m) => m.queueId === queue.config.id);
  if (membership === undefined) return;
  queue.members.set(agent.config.id, { agentId: agent.config.id, level: membership.level, order: membership.order ?? agent.ordinal });
  queue.levels = distinctLevels(queue);
  if (agent.status !== 'logged-out') queue.loggedIn += 1;
}

function leave(agent: Agent, queue: Queue): void {
  queue.members.delete(agent.config.id);
  queue.levels = distinctLevels(queue);
  if (agent.status !== 'logged-out') queue.loggedIn -= 1;
}

function distinctLevels(queue: Queue): number[] {
  return [...new Set([...queue.members.values()].map((m) => m.level))].sort((a, b) => a - b);
}

function groupByLevel(config: AgentConfig): Agent['levelGroups'] {
  const byLevel = new Map<number, QueueId[]>();
  for (const m of config.memberships) byLevel.set(m.level, [...(byLevel.get(m.level) ?? []), m.queueId]);
  return [...byLevel.entries()].sort(([a], [b]) => a - b).map(([level, queueIds]) => ({ level, queueIds }));
}
