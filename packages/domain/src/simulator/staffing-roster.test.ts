import { describe, expect, it } from 'vitest';
import type { AgentStatus } from '../acd/effects';
import { queueId, type AgentId } from '../ids';
import { StaffingRoster } from './staffing-roster';

const group = { id: 'g', count: 4, memberships: [{ queueId: queueId('que_1'), level: 1 }] };
const ids = (events: { agentId: AgentId }[]) => events.map((e) => e.agentId);

describe('StaffingRoster', () => {
  it('logs every agent of a group without a schedule in at time 0', () => {
    expect(new StaffingRoster([group]).changes()).toEqual([{ atMs: 0, group: 0, count: 4 }]);
  });

  it('caps a scheduled count at the group size', () => {
    const roster = new StaffingRoster([{ ...group, schedule: [{ atMs: 5, count: 9 }] }]);
    expect(roster.changes()).toEqual([{ atMs: 5, group: 0, count: 4 }]);
  });

  it('logs idle agents out first, then the highest numbers, and logs in agents still at their desk first', () => {
    const roster = new StaffingRoster([group]);
    const status = new Map<AgentId, AgentStatus>();
    const statusOf = (id: AgentId): AgentStatus => status.get(id) ?? 'logged-out';
    expect(ids(roster.apply({ atMs: 0, group: 0, count: 3 }, statusOf))).toEqual(['agt_g_1', 'agt_g_2', 'agt_g_3']);
    status.set('agt_g_1' as AgentId, 'busy').set('agt_g_2' as AgentId, 'ready').set('agt_g_3' as AgentId, 'busy');
    const out = roster.apply({ atMs: 10, group: 0, count: 1 }, statusOf);
    expect(out.map((e) => [e.agentId, e.presence.kind])).toEqual([['agt_g_2', 'logged-out'], ['agt_g_3', 'logged-out']]);
    status.set('agt_g_2' as AgentId, 'logged-out');
    expect(ids(roster.apply({ atMs: 20, group: 0, count: 2 }, statusOf))).toEqual(['agt_g_3']);
    expect(roster.apply({ atMs: 30, group: 0, count: 2 }, statusOf)).toEqual([]);
  });
});
