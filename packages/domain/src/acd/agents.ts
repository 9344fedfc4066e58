import type { Instant } from '../ids';
import { CHANNELS, type Channel } from './config';
import type { AgentStatus } from './effects';
import type { Output } from './output';
import type { AcdState, Agent, Queue } from './state';

const VOICE_LIKE: readonly Channel[] = ['voice', 'callback'];

/** Whether the agent may be offered one more contact of this channel now. */
export function canTake(agent: Agent, channel: Channel): boolean {
  if (agent.presence.kind !== 'ready') return false;
  if (agent.used[channel] >= agent.config.capacity[channel]) return false;
  if (!agent.config.voiceBlocksOthers) return true;
  const voiceHeld = agent.used.voice + agent.used.callback;
  const othersHeld = agent.holding.size - voiceHeld;
  return VOICE_LIKE.includes(channel) ? othersHeld === 0 && voiceHeld === 0 : voiceHeld === 0;
}

/** Reported state: what the agent is doing, else what they asked for. */
export function deriveStatus(agent: Agent): AgentStatus {
  let offered = 0;
  let wrapUp = 0;
  for (const contact of agent.holding.values()) {
    if (contact.phase === 'connected') return 'busy';
    if (contact.phase === 'offered') offered += 1;
    else if (contact.phase === 'wrap-up') wrapUp += 1;
  }
  if (offered > 0) return 'ringing';
  if (wrapUp > 0) return 'wrap-up';
  return agent.presence.kind;
}

export function availableKey(channel: Channel, level: number): string {
  return `${channel}:${level}`;
}

/** Takes the agent out of every availability index (before any of its strategy keys change). */
export function unlistAgent(state: AcdState, agent: Agent): void {
  if (agent.listedFor.size === 0) return;
  for (const membership of agent.config.memberships) {
    const queue = state.queues.get(membership.queueId);
    if (queue === undefined) continue;
    for (const channel of agent.listedFor) queue.available.get(availableKey(channel, membership.level))?.remove(agent);
  }
  agent.listedFor.clear();
}

/** Puts the agent into the availability indexes of every channel it can take now. */
export function listAgent(state: AcdState, agent: Agent): void {
  for (const channel of CHANNELS) {
    if (!canTake(agent, channel)) continue;
    agent.listedFor.add(channel);
    for (const membership of agent.config.memberships) {
      const queue = state.queues.get(membership.queueId);
      if (queue !== undefined) availableList(queue, channel, membership.level).insert(agent);
    }
  }
}

export function availableList(queue: Queue, channel: Channel, level: number) {
  const key = availableKey(channel, level);
  let list = queue.available.get(key);
  if (list === undefined) {
    list = queue.makeAgentList();
    queue.available.set(key, list);
  }
  return list;
}

/**
 * Changes an agent safely: out of the indexes, `change` runs, back into the indexes, and the
 * reported state is compared and announced. Every agent mutation goes through here. With
 * `indexLater` the caller serves the agent first and indexes what it can still take afterwards
 * (afterAgentChange): indexing an agent that is offered a contact at once costs more than the offer.
 */
export function updateAgent(state: AcdState, agent: Agent, at: Instant, out: Output, change: () => void, indexLater = false): void {
  const wasReady = agent.presence.kind === 'ready';
  unlistAgent(state, agent);
  change();
  const to = deriveStatus(agent);
  // Idle time (longest-idle) counts from becoming ready; finishWrapUp restarts it when a contact is done.
  // A withdrawn offer (the caller hung up) does not cost the agent its place.
  if (agent.presence.kind === 'ready' && !wasReady) agent.freeSince = at;
  if (!indexLater) listAgent(state, agent);
  announceStatus(state, agent, to, at, out);
}

function announceStatus(state: AcdState, agent: Agent, to: AgentStatus, at: Instant, out: Output): void {
  const reason = to === 'not-ready' && agent.presence.kind === 'not-ready' ? agent.presence.reason : null;
  if (to === agent.status && reason === agent.statusReason) return;
  const wasLoggedIn = agent.status !== 'logged-out';
  out.emit({ type: 'AgentStateChanged', orgId: state.orgId, agentId: agent.config.id, at, from: agent.status, to, reason });
  agent.status = to;
  agent.statusReason = reason;
  if (wasLoggedIn !== (to !== 'logged-out')) countLogin(state, agent, to !== 'logged-out' ? 1 : -1);
}

function countLogin(state: AcdState, agent: Agent, delta: 1 | -1): void {
  for (const membership of agent.config.memberships) {
    const queue = state.queues.get(membership.queueId);
    if (queue !== undefined) queue.loggedIn += delta;
  }
}
