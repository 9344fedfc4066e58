import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { AgentId } from '../ids';
import type { Strategy } from './config';
import type { Agent, AcdState, Queue } from './state';
import type { SortedList } from './sorted-list';

/** Order of a queue's available agents under its strategy; ids break every remaining tie. */
export function agentOrder(strategy: Strategy, queue: Pick<Queue, 'members'>): (a: Agent, b: Agent) => number {
  const order = (agent: Agent): number => queue.members.get(agent.config.id)?.order ?? 0;
  const byId = (a: Agent, b: Agent): number => compareIds(a.config.id, b.config.id);
  switch (strategy) {
    case 'longest-idle':
      return (a, b) => a.freeSince - b.freeSince || order(a) - order(b) || byId(a, b);
    case 'fewest-contacts':
      return (a, b) => a.handled - b.handled || a.freeSince - b.freeSince || byId(a, b);
    case 'least-talk-time':
      return (a, b) => a.talkMs - b.talkMs || a.freeSince - b.freeSince || byId(a, b);
    case 'top-down':
    case 'round-robin':
    case 'random':
    case 'ring-all':
      return (a, b) => order(a) - order(b) || byId(a, b);
  }
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Picks the agents to offer a contact to from one level's available agents, in strategy order.
 * Returns one agent, or for ring-all every eligible one. Round-robin and random update the state.
 */
export function pickAgents(
  state: AcdState,
  queue: Queue,
  available: SortedList<Agent>,
  eligible: (agent: Agent) => boolean,
): readonly Agent[] {
  switch (queue.config.strategy) {
    case 'ring-all':
      return available.toArray().filter(eligible);
    case 'round-robin':
      return listOf(pickRoundRobin(queue, available, eligible));
    case 'random':
      return listOf(pickRandom(state, available, eligible));
    default:
      return listOf(available.find(eligible));
  }
}

function listOf(agent: Agent | undefined): readonly Agent[] {
  return agent === undefined ? [] : [agent];
}

function pickRoundRobin(queue: Queue, available: SortedList<Agent>, eligible: (a: Agent) => boolean): Agent | undefined {
  const orderOf = (id: AgentId): number => queue.members.get(id)?.order ?? 0;
  const start = available.lowerBound((a) => orderOf(a.config.id) <= queue.cursor);
  const agent = available.findFrom(start, eligible);
  if (agent !== undefined) queue.cursor = orderOf(agent.config.id);
  return agent;
}

function pickRandom(state: AcdState, available: SortedList<Agent>, eligible: (a: Agent) => boolean): Agent | undefined {
  if (available.size === 0) return undefined;
  const rng = xoroshiro128plusFromState(state.rng);
  const start = uniformInt(rng, 0, available.size - 1);
  state.rng = rng.getState();
  return available.findFrom(start, eligible);
}
