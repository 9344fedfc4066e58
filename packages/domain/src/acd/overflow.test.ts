import { describe, expect, it } from 'vitest';
import { agentId, contactId, queueId } from '../ids';
import { aQueue, anAcdConfig, anAgent } from '../testing/builders';
import { AcdDriver, offersIn } from '../testing/acd-driver';
import type { Effect } from './effects';
import type { QueueConfig } from './config';

const overflows = (effects: readonly Effect[]) => effects.flatMap((e) => (e.type === 'OverflowContact' ? [e] : []));
const oneQueue = (q: Partial<QueueConfig>, agents = [anAgent('agt_a')]) => new AcdDriver(anAcdConfig({ queues: [aQueue(q), aQueue({ id: 'que_backup' })], agents }));

describe('overflow, escalation and callbacks', () => {
  it('overflows a contact to the queue target when it has waited the maximum time', () => {
    const d = oneQueue({ maxWaitSeconds: 60, overflow: { kind: 'queue', queueId: queueId('que_backup') } }, [anAgent('agt_a'), anAgent('agt_b', ['que_backup'])]);
    d.arrive('con_1', 'que_1', 0);
    expect(d.activeTimers().get('maxwait:con_1')).toBe(60_000);
    d.ready('agt_b', 1000);
    const fired = d.advance(60_000);
    expect(overflows(fired)).toEqual([{ type: 'OverflowContact', contactId: 'con_1', target: { kind: 'queue', queueId: 'que_backup' } }]);
    expect(offersIn(fired)).toEqual(['con_1->agt_b']);
    expect(d.events('ContactQueued').map((e) => (e.type === 'ContactQueued' ? [e.queueId, e.waitMs] : []))).toEqual([['que_1', 0], ['que_backup', 60_000]]);
    const offered = d.events('ContactOffered').at(-1);
    expect(offered).toMatchObject({ queueId: 'que_backup', waitMs: 60_000 });
  });

  it('sends an arrival straight to the overflow target when the queue is full', () => {
    const d = oneQueue({ maxWaiting: 2, overflow: { kind: 'disconnect', message: 'all lines busy' } });
    d.arrive('con_1', 'que_1', 0);
    d.arrive('con_2', 'que_1', 1);
    const third = d.arrive('con_3', 'que_1', 2);
    expect(overflows(third)).toEqual([{ type: 'OverflowContact', contactId: 'con_3', target: { kind: 'disconnect', message: 'all lines busy' } }]);
    expect(d.events('ContactOverflowed')).toMatchObject([{ contactId: 'con_3', cause: 'queue-full' }]);
    expect(d.state.contacts.has(contactId('con_3'))).toBe(false);
  });

  it('refuses arrivals while no member is logged in when the queue says so', () => {
    const d = oneQueue({ refuseWhenEmpty: true });
    expect(overflows(d.arrive('con_1', 'que_1', 0))).toHaveLength(1);
    d.presence('agt_a', { kind: 'not-ready', reason: 'training' }, 10);
    expect(overflows(d.arrive('con_2', 'que_1', 20))).toHaveLength(0);
  });

  it('overflows the waiting contacts when the last member logs out, if the queue says so', () => {
    const d = oneQueue({ leaveWhenEmpty: true });
    d.presence('agt_a', { kind: 'not-ready', reason: 'lunch' }, 0);
    d.arrive('con_1', 'que_1', 10);
    const out = d.presence('agt_a', { kind: 'logged-out' }, 20);
    expect(overflows(out)).toEqual([{ type: 'OverflowContact', contactId: 'con_1', target: { kind: 'voicemail' } }]);
    expect(d.events('ContactOverflowed')).toMatchObject([{ cause: 'queue-emptied', waitMs: 10 }]);
  });

  it('applies escalation steps in order: raise priority, add a queue, add agents, then overflow', () => {
    const d = new AcdDriver(anAcdConfig({
      queues: [
        aQueue({ escalation: [
          { afterSeconds: 10, action: { kind: 'raise-priority', by: 3 } },
          { afterSeconds: 20, action: { kind: 'add-queues', queueIds: [queueId('que_help')] } },
          { afterSeconds: 30, action: { kind: 'add-agents', agentIds: [agentId('agt_boss')] } },
          { afterSeconds: 40, action: { kind: 'overflow', target: { kind: 'callback' } } },
        ] }),
        aQueue({ id: 'que_help' }),
      ],
      agents: [anAgent('agt_a'), anAgent('agt_help', ['que_help']), anAgent('agt_boss', ['que_help'])],
    }));
    d.arrive('con_1', 'que_1', 0);
    d.advance(10_000);
    expect(d.state.contacts.get(contactId('con_1'))?.priority).toBe(3);
    d.advance(20_000);
    expect(offersIn(d.ready('agt_help', 21_000))).toEqual(['con_1->agt_help']);
    d.decline('con_1', 'agt_help', 22_000);
    d.advance(30_000);
    expect(offersIn(d.ready('agt_boss', 31_000))).toEqual(['con_1->agt_boss']);
    d.decline('con_1', 'agt_boss', 32_000);
    const last = d.advance(40_000);
    expect(overflows(last)).toEqual([{ type: 'OverflowContact', contactId: 'con_1', target: { kind: 'callback' } }]);
    expect(d.events('ContactEscalated').map((e) => (e.type === 'ContactEscalated' ? e.step : -1))).toEqual([0, 1, 2, 3]);
    expect(d.state.contacts.get(contactId('con_1'))).toMatchObject({ isCallback: true, channel: 'callback', phase: 'waiting' });
  });

  it('keeps a callback request in its place in line', () => {
    const d = oneQueue({ maxWaitSeconds: 300, announceEverySeconds: 30 });
    d.arrive('con_1', 'que_1', 0);
    d.arrive('con_2', 'que_1', 1000);
    const requested = d.send({ type: 'CallbackRequested', at: 2000, contactId: contactId('con_1') });
    expect(requested.filter((e) => e.type === 'CancelTimer').map((e) => (e.type === 'CancelTimer' ? e.key : ''))).toEqual(['maxwait:con_1', 'announce:con_1']);
    expect(d.events('CallbackScheduled')).toMatchObject([{ contactId: 'con_1', waitMs: 2000 }]);
    expect(offersIn(d.ready('agt_a', 3000))).toEqual(['con_1->agt_a']);
    expect(d.log.find((e) => e.type === 'OfferContact')).toMatchObject({ channel: 'callback' });
  });

  it('announces position and expected wait on joining and then periodically', () => {
    const d = oneQueue({ announceEverySeconds: 30 });
    const announcements = (effects: readonly Effect[]) => effects.flatMap((e) => (e.type === 'AnnouncePosition' ? [[e.contactId, e.position, e.expectedWaitSeconds]] : []));
    expect(announcements(d.arrive('con_1', 'que_1', 0))).toEqual([['con_1', 1, null]]);
    expect(announcements(d.arrive('con_2', 'que_1', 1000))).toEqual([['con_2', 2, null]]);
    d.abandon('con_1', 5000);
    expect(announcements(d.advance(31_000))).toEqual([['con_2', 1, null]]);
  });

  it('disconnects an arrival for an unknown queue instead of failing', () => {
    const d = oneQueue({});
    expect(overflows(d.arrive('con_1', 'que_nope', 0))).toEqual([{ type: 'OverflowContact', contactId: 'con_1', target: { kind: 'disconnect', message: 'queue not found' } }]);
  });

  it('stops overflow cycles between queues after a few hops', () => {
    const d = new AcdDriver(anAcdConfig({
      queues: [
        aQueue({ id: 'que_a', maxWaiting: 0, overflow: { kind: 'queue', queueId: queueId('que_b') } }),
        aQueue({ id: 'que_b', maxWaiting: 0, overflow: { kind: 'queue', queueId: queueId('que_a') } }),
      ],
    }));
    const out = d.arrive('con_1', 'que_a', 0);
    expect(overflows(out).at(-1)).toEqual({ type: 'OverflowContact', contactId: 'con_1', target: { kind: 'disconnect', message: 'overflow queue unavailable' } });
    expect(overflows(out).length).toBeLessThanOrEqual(7);
  });
});

describe('expected wait and escalation to available agents', () => {
  it('estimates the expected wait as position × mean handling time ÷ logged-in members', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ announceEverySeconds: 60, wrapUpSeconds: 20 })], agents: [anAgent('agt_a'), anAgent('agt_b')] }));
    d.ready('agt_a', 0);
    d.presence('agt_b', { kind: 'not-ready', reason: 'break' }, 0);
    d.arrive('con_0', 'que_1', 0);
    d.accept('con_0', 'agt_a', 0);
    d.end('con_0', 100_000);
    d.advance(120_000); // one contact handled in 100 s talk + 20 s wrap-up
    d.presence('agt_a', { kind: 'not-ready', reason: 'break' }, 120_000);
    const announced = (effects: readonly Effect[]) => effects.flatMap((e) => (e.type === 'AnnouncePosition' ? [[e.position, e.expectedWaitSeconds]] : []));
    expect(announced(d.arrive('con_1', 'que_1', 121_000))).toEqual([[1, 60]]); // 1 × 120 s ÷ 2 agents
    expect(announced(d.arrive('con_2', 'que_1', 122_000))).toEqual([[2, 120]]);
  });

  it('offers at once to an added agent who is already available when the step applies', () => {
    const d = new AcdDriver(anAcdConfig({
      queues: [aQueue({ escalation: [{ afterSeconds: 30, action: { kind: 'add-agents', agentIds: [agentId('agt_boss'), agentId('agt_ghost')] } }] }), aQueue({ id: 'que_other' })],
      agents: [anAgent('agt_a'), anAgent('agt_boss', ['que_other'])],
    }));
    d.ready('agt_boss', 0);
    d.arrive('con_1', 'que_1', 1000);
    expect(offersIn(d.advance(31_000))).toEqual(['con_1->agt_boss']);
  });
});
