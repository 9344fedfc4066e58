import { describe, expect, it } from 'vitest';
import { erlangB } from './erlang-b';
import { erlangC } from './erlang-c';
import { erlangA } from './erlang-a';
import { meetsTargets, staff, staffingFigures, type StaffingLoad, type StaffingTargets } from './staff';

function agentsOf(load: StaffingLoad, targets: StaffingTargets, shrinkage = 0) {
  const result = staff(load, targets, shrinkage);
  if (!result.ok) throw new Error(`expected a staffing, got ${result.code}`);
  return result;
}

/** The answer meets every target and one agent fewer does not. */
function expectSmallest(load: StaffingLoad, targets: StaffingTargets): number {
  const { agents, figures } = agentsOf(load, targets);
  expect(figures).toEqual(staffingFigures(load, agents, targets.targetSeconds));
  expect(meetsTargets(figures, targets)).toBe(true);
  if (agents > 1) expect(meetsTargets(staffingFigures(load, agents - 1, targets.targetSeconds), targets)).toBe(false);
  return agents;
}

const erlangCLoad = (traffic: number): StaffingLoad => ({ model: 'erlang-c', traffic, ahtSeconds: 180 });

describe('staff', () => {
  it('staffs the classic 10-erlang example with 14 agents for 80 % in 20 s', () => {
    expect(expectSmallest(erlangCLoad(10), { serviceLevel: 0.8, targetSeconds: 20 })).toBe(14);
    // Checked against erlangC directly: 13 agents give 79.6 %.
    expect(erlangC({ traffic: 10, agents: 13, ahtSeconds: 180, targetSeconds: 20 }).serviceLevel).toBeLessThan(0.8);
  });

  it.each([
    { serviceLevel: 0.8, targetSeconds: 20 },
    { serviceLevel: 0.95, targetSeconds: 20, maxAsaSeconds: 5 },
    { targetSeconds: 20, maxAsaSeconds: 2 },
    { targetSeconds: 20, maxOccupancy: 0.85 },
  ])('finds the smallest Erlang C staffing for %o', (targets) => {
    for (const traffic of [0.4, 3, 10, 57.3, 250, 12_000]) expectSmallest(erlangCLoad(traffic), targets);
  });

  it.each([
    { serviceLevel: 0.8, targetSeconds: 20 },
    { serviceLevel: 0.3, targetSeconds: 20 },
    { targetSeconds: 20, maxAbandon: 0.03 },
    { serviceLevel: 0.95, targetSeconds: 20, maxAsaSeconds: 5, maxAbandon: 0.03 },
    { targetSeconds: 20, maxOccupancy: 0.5 },
  ])('finds the smallest Erlang A staffing for %o', (targets) => {
    for (const traffic of [0.4, 3, 10, 57.3, 250, 12_000]) {
      for (const patienceSeconds of [30, 180, 900]) {
        expectSmallest({ model: 'erlang-a', traffic, ahtSeconds: 180, patienceSeconds }, targets);
      }
    }
  });

  it('finds the smallest Erlang B staffing, with figures of a loss system', () => {
    for (const traffic of [0.4, 3, 10, 57.3, 12_000]) {
      const agents = expectSmallest({ model: 'erlang-b', traffic }, { maxBlocking: 0.01, targetSeconds: 20 });
      expect(erlangB(traffic, agents)).toBeLessThanOrEqual(0.01);
      expect(erlangB(traffic, agents - 1)).toBeGreaterThan(0.01);
    }
    const { figures } = agentsOf({ model: 'erlang-b', traffic: 10 }, { maxBlocking: 0.01, maxOccupancy: 0.5, targetSeconds: 20 });
    expect(figures).toMatchObject({ waitProbability: 0, serviceLevel: 1, asa: 0, abandonProbability: 0 });
    expect(figures.occupancy).toBeLessThanOrEqual(0.5);
  });

  it('needs fewer agents when callers abandon than when they wait forever', () => {
    const targets = { serviceLevel: 0.8, targetSeconds: 20 };
    const c = agentsOf(erlangCLoad(100), targets).agents;
    const a = agentsOf({ model: 'erlang-a', traffic: 100, ahtSeconds: 180, patienceSeconds: 120 }, targets).agents;
    expect(a).toBeLessThan(c);
    expect(erlangA({ traffic: 100, agents: a, ahtSeconds: 180, patienceSeconds: 120, targetSeconds: 20 }).serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('schedules ⌈agents / (1 − shrinkage)⌉ without tripping on rounding', () => {
    const targets = { serviceLevel: 0.8, targetSeconds: 20 };
    expect(agentsOf(erlangCLoad(10), targets, 0.3).scheduledAgents).toBe(20); // 14 / 0.7 = 20
    // ITU table: 12.5 erlangs at 1 % need 21 servers, and 21 / (1 − 0.3) is 30.000000000000004 in floating point.
    const trunk = agentsOf({ model: 'erlang-b', traffic: 12.5 }, { maxBlocking: 0.01, targetSeconds: 20 }, 0.3);
    expect(trunk).toMatchObject({ agents: 21, scheduledAgents: 30 });
    expect(agentsOf({ model: 'erlang-b', traffic: 12.5 }, { maxBlocking: 0.01, targetSeconds: 20 }).scheduledAgents).toBe(21);
  });

  it('reports a target no staffing up to MAX_AGENTS meets', () => {
    const tiny = { maxOccupancy: 1e-300, targetSeconds: 20 };
    expect(staff(erlangCLoad(10), tiny)).toEqual({ ok: false, code: 'TARGET_UNREACHABLE' });
    expect(staff({ model: 'erlang-b', traffic: 10 }, tiny)).toEqual({ ok: false, code: 'TARGET_UNREACHABLE' });
    expect(staff({ model: 'erlang-a', traffic: 10, ahtSeconds: 180, patienceSeconds: 60 }, tiny)).toEqual({ ok: false, code: 'TARGET_UNREACHABLE' });
    expect(staff(erlangCLoad(2e7), { serviceLevel: 0.8, targetSeconds: 20 })).toEqual({ ok: false, code: 'TARGET_UNREACHABLE' });
  });
});
