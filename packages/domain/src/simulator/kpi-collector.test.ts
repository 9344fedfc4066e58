import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../acd/effects';
import { agentId, clientId, contactId, offerId, orgId, queueId } from '../ids';
import { KpiCollector } from './kpi-collector';

const MIN = 60_000;
const facts = (n: number, at: number, q = 'que_a', c = 'cli_a') => ({
  orgId: orgId('org_1'), clientId: clientId(c), queueId: queueId(q), contactId: contactId(`con_${n}`), channel: 'voice' as const, at,
});
const answered = (n: number, at: number, waitMs: number, q?: string, c?: string): DomainEvent => ({
  ...facts(n, at, q, c), type: 'ContactAnswered', agentId: agentId('agt_1'), offerId: offerId(`off_${n}`), waitMs,
});
const abandoned = (n: number, at: number, waitMs: number): DomainEvent => ({ ...facts(n, at), type: 'ContactAbandoned', waitMs, whileOffered: false });
const agent = (at: number, from: string, to: string): DomainEvent => ({
  type: 'AgentStateChanged', orgId: orgId('org_1'), agentId: agentId('agt_1'), at, from: from as never, to: to as never, reason: null,
});

describe('KpiCollector', () => {
  const window = { originMs: 0, intervalMs: 15 * MIN, fromMs: 0, toMs: 30 * MIN };

  it('computes service level as answered within T over answered plus abandoned after T', () => {
    const kpis = new KpiCollector(window, () => 20_000);
    [answered(1, 10_000, 10_000), answered(2, 60_000, 20_000), answered(3, 90_000, 30_000), abandoned(4, 15_000, 15_000), abandoned(5, 70_000, 50_000)]
      .forEach((e) => kpis.observe(e));
    const { overall } = kpis.report(30 * MIN);
    expect(overall).toMatchObject({ offered: 5, answered: 3, abandoned: 2, asaSeconds: 20, abandonRate: 0.4, meanAbandonWaitSeconds: 32.5 });
    expect(overall.serviceLevel).toBeCloseTo(2 / 4, 12);
  });

  it('reports overflowed contacts apart from the offered ones', () => {
    const kpis = new KpiCollector(window, () => 20_000);
    kpis.observe(answered(1, 10_000, 10_000));
    kpis.observe({ ...facts(2, 70_000), type: 'ContactOverflowed', waitMs: 60_000, target: { kind: 'voicemail' }, cause: 'max-wait' });
    expect(kpis.report(30 * MIN).overall).toMatchObject({ offered: 1, answered: 1, overflowed: 1 });
  });

  it('counts a contact in the interval it arrived in, not the one it was answered in', () => {
    const kpis = new KpiCollector(window, () => 20_000);
    kpis.observe(answered(1, 16 * MIN, 2 * MIN));
    const { intervals } = kpis.report(30 * MIN);
    expect(intervals.map((i) => [i.startMs, i.kpis.answered])).toEqual([[0, 1], [15 * MIN, 0]]);
  });

  it('ignores contacts that arrived before the warm-up ended', () => {
    const kpis = new KpiCollector({ ...window, fromMs: 15 * MIN }, () => 20_000);
    kpis.observe(answered(1, 16 * MIN, 2 * MIN));
    kpis.observe(answered(2, 20 * MIN, 0));
    const report = kpis.report(30 * MIN);
    expect(report.overall.answered).toBe(1);
    expect(report.intervals.map((i) => i.startMs)).toEqual([15 * MIN]);
  });

  it('counts talk plus wrap-up per handled contact', () => {
    const kpis = new KpiCollector(window, () => 20_000);
    kpis.observe(answered(1, 0, 0));
    kpis.observe({ ...facts(1, 100_000), type: 'ContactEnded', agentId: agentId('agt_1'), talkMs: 100_000 });
    kpis.observe({ ...facts(1, 110_000), type: 'WrapUpFinished', agentId: agentId('agt_1'), wrapUpMs: 10_000 });
    expect(kpis.report(30 * MIN).overall.ahtSeconds).toBe(110);
  });

  it('measures occupancy as busy plus wrap-up time over logged-in time outside not-ready, split by wall clock', () => {
    const kpis = new KpiCollector(window, () => 20_000);
    [agent(0, 'logged-out', 'ready'), agent(10 * MIN, 'ready', 'busy'), agent(20 * MIN, 'busy', 'wrap-up'), agent(25 * MIN, 'wrap-up', 'not-ready')]
      .forEach((e) => kpis.observe(e));
    const report = kpis.report(40 * MIN);
    expect(report.intervals.map((i) => i.kpis.occupancy)).toEqual([5 / 15, 1]);
    expect(report.overall.occupancy).toBe(15 / 25);
  });

  it('reports per client and per queue, with no occupancy there', () => {
    const kpis = new KpiCollector(window, () => 20_000);
    kpis.observe(answered(1, 0, 0, 'que_a', 'cli_a'));
    kpis.observe(answered(2, 0, 0, 'que_b', 'cli_a'));
    kpis.observe(answered(3, 40_000, 40_000, 'que_c', 'cli_b'));
    const report = kpis.report(30 * MIN);
    expect(Object.keys(report.byQueue)).toEqual(['que_a', 'que_b', 'que_c']);
    expect(report.byClient.cli_a).toMatchObject({ answered: 2, serviceLevel: 1, occupancy: null });
    expect(report.byClient.cli_b).toMatchObject({ answered: 1, serviceLevel: 0 });
  });
});
