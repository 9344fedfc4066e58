import type { AgentStatus } from '../acd/effects';
import type { AgentPresenceSet } from '../acd/events';
import type { AgentId } from '../ids';
import { agentIdOf, type AgentGroup } from './simulation-config';

/** A change of how many agents of a group are logged in. */
export type StaffingChange = { readonly atMs: number; readonly group: number; readonly count: number };

/**
 * Decides which agents log in or out when a group's staffing changes. Logging in prefers agents
 * still finishing a contact after an earlier logout (they are at their desk), then the lowest
 * numbers; logging out prefers idle (ready) agents, then the highest numbers. An agent logged out
 * during a contact finishes it first: the ACD keeps the contact and offers them nothing new.
 */
export class StaffingRoster {
  private readonly loggedIn = new Set<AgentId>();

  constructor(private readonly groups: readonly AgentGroup[]) {}

  /** Every group's staffing changes; a group without a schedule logs everyone in at time 0. */
  changes(): StaffingChange[] {
    return this.groups.flatMap((group, g) =>
      (group.schedule ?? [{ atMs: 0, count: group.count }]).map((step) => ({ atMs: step.atMs, group: g, count: Math.min(step.count, group.count) })),
    );
  }

  /** The presence events that bring the group to `count` logged-in agents. */
  apply(change: StaffingChange, statusOf: (agent: AgentId) => AgentStatus): AgentPresenceSet[] {
    const group = this.groups[change.group];
    if (group === undefined) return [];
    const ids = Array.from({ length: group.count }, (_, i) => agentIdOf(group.id, i + 1));
    const inNow = ids.filter((id) => this.loggedIn.has(id));
    const at = change.atMs;
    if (change.count > inNow.length) {
      const rank = (id: AgentId): number => (statusOf(id) === 'logged-out' ? 1 : 0);
      const out = ids.filter((id) => !this.loggedIn.has(id)).map((id, i) => ({ id, i })).sort((a, b) => rank(a.id) - rank(b.id) || a.i - b.i);
      return out.slice(0, change.count - inNow.length).map(({ id }) => this.set(id, at, true));
    }
    const rank = (id: AgentId): number => (statusOf(id) === 'ready' ? 0 : 1);
    const leaving = inNow.map((id, i) => ({ id, i })).sort((a, b) => rank(a.id) - rank(b.id) || b.i - a.i);
    return leaving.slice(0, inNow.length - change.count).map(({ id }) => this.set(id, at, false));
  }

  private set(agentId: AgentId, at: number, ready: boolean): AgentPresenceSet {
    if (ready) this.loggedIn.add(agentId);
    else this.loggedIn.delete(agentId);
    return { type: 'AgentPresenceSet', at, agentId, presence: ready ? { kind: 'ready' } : { kind: 'logged-out' } };
  }
}
