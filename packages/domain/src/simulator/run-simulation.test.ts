import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../acd/effects';
import { clientId, contactId, queueId } from '../ids';
import { runSimulation } from './run-simulation';
import { acdConfigOf, type AgentGroup, type SimQueue } from './simulation-config';
import type { SimArrival } from './generate-workload';

const Q = queueId('que_1');
const queue = (overrides: Partial<SimQueue> = {}): SimQueue => ({ id: Q, clientId: clientId('cli_1'), strategy: 'longest-idle', targetSeconds: 20, ...overrides });
const team = (count: number, schedule?: AgentGroup['schedule']): AgentGroup => ({
  id: 'team', count, memberships: [{ queueId: Q, level: 1 }], ...(schedule === undefined ? {} : { schedule }),
});
const call = (n: number, at: number, serviceMs: number, patienceMs = Infinity): SimArrival => ({
  contactId: contactId(`con_${n}`), at, queueId: Q, priority: 0, serviceMs, patienceMs,
});

function run(arrivals: SimArrival[], options: { groups?: AgentGroup[]; queues?: SimQueue[]; ringDelayMs?: number; stopAtMs?: number } = {}) {
  const events: DomainEvent[] = [];
  const groups = options.groups ?? [team(1)];
  const result = runSimulation(
    { acd: acdConfigOf(options.queues ?? [queue()], groups, 1), groups, arrivals, ringDelayMs: options.ringDelayMs ?? 0, stopAtMs: options.stopAtMs ?? 1e9 },
    (e) => events.push(e),
  );
  const of = <T extends DomainEvent['type']>(type: T) => events.filter((e): e is Extract<DomainEvent, { type: T }> => e.type === type);
  return { result, events, of };
}

describe('runSimulation', () => {
  it('logs the agents in, answers at once when an agent is free and queues the next caller until the call ends', () => {
    const { of, result } = run([call(1, 0, 10_000), call(2, 1_000, 10_000)]);
    expect(of('AgentStateChanged')[0]).toMatchObject({ from: 'logged-out', to: 'ready', at: 0 });
    expect(of('ContactAnswered').map((e) => [e.contactId, e.at, e.waitMs])).toEqual([['con_1', 0, 0], ['con_2', 10_000, 9_000]]);
    expect(of('ContactEnded').map((e) => [e.contactId, e.talkMs])).toEqual([['con_1', 10_000], ['con_2', 10_000]]);
    expect(result).toMatchObject({ unresolved: 0, endMs: 20_000 });
  });

  it('abandons a caller whose patience runs out and forgets the patience of one who is answered', () => {
    const { of } = run([call(1, 0, 60_000), call(2, 0, 5_000, 5_000), call(3, 0, 5_000, 90_000)]);
    expect(of('ContactAbandoned').map((e) => [e.contactId, e.waitMs])).toEqual([['con_2', 5_000]]);
    expect(of('ContactAnswered').map((e) => [e.contactId, e.waitMs])).toEqual([['con_1', 0], ['con_3', 60_000]]);
  });

  it('lets the agent answer after the ring delay, which counts in the wait', () => {
    const { of } = run([call(1, 0, 1_000)], { ringDelayMs: 2_000 });
    expect(of('ContactOffered')[0]?.at).toBe(0);
    expect(of('ContactAnswered')[0]).toMatchObject({ at: 2_000, waitMs: 2_000 });
  });

  it('withdraws a ringing offer when the caller hangs up during the ring', () => {
    const { of, result } = run([call(1, 0, 1_000, 1_000)], { ringDelayMs: 3_000 });
    expect(of('ContactAbandoned')[0]).toMatchObject({ waitMs: 1_000, whileOffered: true });
    expect(of('ContactAnswered')).toEqual([]);
    expect(of('AgentStateChanged').at(-1)).toMatchObject({ at: 1_000, to: 'ready' });
    expect(result.endMs).toBe(1_000);
  });

  it('feeds the ACD its own wrap-up timer', () => {
    const { of } = run([call(1, 0, 10_000), call(2, 0, 10_000)], { queues: [queue({ wrapUpSeconds: 5 })] });
    expect(of('WrapUpFinished').map((e) => [e.contactId, e.at, e.wrapUpMs])).toEqual([['con_1', 15_000, 5_000], ['con_2', 30_000, 5_000]]);
    expect(of('ContactAnswered')[1]).toMatchObject({ at: 15_000, waitMs: 15_000 });
  });

  it('follows the staffing schedule: a logged-out agent finishes the call, later callers wait for the next login', () => {
    const groups = [team(1, [{ atMs: 0, count: 1 }, { atMs: 30_000, count: 0 }, { atMs: 200_000, count: 1 }])];
    const { of, result } = run([call(1, 20_000, 60_000), call(2, 40_000, 1_000)], { groups });
    expect(of('ContactEnded')[0]).toMatchObject({ contactId: 'con_1', at: 80_000 });
    expect(of('AgentStateChanged').map((e) => [e.at, e.to])).toEqual([
      [0, 'ready'], [20_000, 'ringing'], [20_000, 'busy'], [80_000, 'wrap-up'], [80_000, 'logged-out'],
      [200_000, 'ready'], [200_000, 'ringing'], [200_000, 'busy'], [201_000, 'wrap-up'], [201_000, 'ready'],
    ]);
    expect(of('ContactAnswered')[1]).toMatchObject({ contactId: 'con_2', waitMs: 160_000 });
    expect(result.unresolved).toBe(0);
  });

  it('stops at stopAtMs and reports the callers nobody will ever serve', () => {
    const groups = [team(1, [{ atMs: 0, count: 0 }])];
    const { result, of } = run([call(1, 0, 1_000), call(2, 5_000, 1_000)], { groups, stopAtMs: 3_000 });
    expect(of('ContactQueued').map((e) => e.contactId)).toEqual(['con_1']);
    expect(result).toMatchObject({ unresolved: 1, endMs: 0 });
  });

  it('serves a primary queue before a secondary one for an agent who is a member of both', () => {
    const Q2 = queueId('que_2');
    const queues = [queue(), queue({ id: Q2 })];
    const groups: AgentGroup[] = [{ id: 'flex', count: 1, memberships: [{ queueId: Q2, level: 1 }, { queueId: Q, level: 2 }] }];
    const arrivals = [call(1, 0, 10_000), call(2, 1_000, 1_000), { ...call(3, 2_000, 1_000), queueId: Q2 }];
    const { of } = run(arrivals, { queues, groups });
    expect(of('ContactAnswered').map((e) => e.contactId)).toEqual(['con_1', 'con_3', 'con_2']);
  });

  it('sends a caller who waited the maximum time to voicemail (announcing meanwhile) and stops waiting for them to hang up', () => {
    const voicemail = queue({ policy: { maxWaitSeconds: 30, overflow: { kind: 'voicemail' }, announceEverySeconds: 10 } });
    const { of, result } = run([call(1, 0, 120_000), call(2, 0, 5_000, 100_000)], { queues: [voicemail] });
    expect(of('ContactOverflowed').map((e) => [e.contactId, e.waitMs, e.cause])).toEqual([['con_2', 30_000, 'max-wait']]);
    expect(of('ContactAbandoned')).toEqual([]);
    expect(result.unresolved).toBe(0);
  });
});
