// Regressions found by the ACD properties (properties.test.ts), each shrunk to its smallest log.
import { describe, expect, it } from 'vitest';
import { agentId, contactId, queueId } from '../ids';
import { aQueue, anAcdConfig, anAgent } from '../testing/builders';
import { AcdDriver, offersIn } from '../testing/acd-driver';

// The shell may deliver a timer it was told to cancel (it was already in the mailbox), and queue-visit
// timers reuse their key in the next queue: such a late timer must change nothing.
const late = (d: AcdDriver, key: string, at: number) => d.send({ type: 'TimerFired', at, key });
const moved = (e: { type: string; event?: { type: string } }) =>
  e.type === 'OverflowContact' || (e.type === 'Emit' && (e.event?.type === 'ContactEscalated' || e.event?.type === 'ContactOverflowed'));

describe('regressions found by the ACD properties', () => {
  it('keeps announcing to a contact whose announcement came due while it rang', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ announceEverySeconds: 10, ringTimeoutSeconds: 15 })], agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 0); // rings at agt_a; the announcement at 10 s comes due meanwhile
    d.advance(15_000); // the ring times out: con_1 is back in line
    expect(d.activeTimers().get('announce:con_1')).toBe(20_000);
    expect(d.advance(20_000)).toContainEqual(expect.objectContaining({ type: 'AnnouncePosition', contactId: 'con_1' }));
  });

  it('ignores a late max-wait timer of a contact that asked for a callback', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ maxWaitSeconds: 30, overflow: { kind: 'voicemail' } })] }));
    d.arrive('con_1', 'que_1', 0);
    d.send({ type: 'CallbackRequested', at: 10_000, contactId: contactId('con_1') });
    expect(late(d, 'maxwait:con_1', 30_000).filter(moved)).toEqual([]);
    expect(d.state.contacts.get(contactId('con_1'))).toMatchObject({ phase: 'waiting', isCallback: true });
  });

  it('ignores a late escalation timer of the queue a contact overflowed from', () => {
    const backup = aQueue({ id: 'que_backup', escalation: [{ afterSeconds: 60, action: { kind: 'overflow', target: { kind: 'voicemail' } } }] });
    const first = aQueue({ maxWaitSeconds: 5, overflow: { kind: 'queue', queueId: queueId('que_backup') }, escalation: [{ afterSeconds: 10, action: { kind: 'raise-priority', by: 1 } }] });
    const d = new AcdDriver(anAcdConfig({ queues: [first, backup] }));
    d.arrive('con_1', 'que_1', 0);
    d.advance(5_000); // max wait: to que_backup, whose own escalate:con_1:0 is due at 65 s
    expect(late(d, 'escalate:con_1:0', 10_000).filter(moved)).toEqual([]);
    expect(d.state.contacts.get(contactId('con_1'))).toMatchObject({ queueId: 'que_backup', phase: 'waiting', priority: 0 });
    expect(d.advance(65_000).filter(moved)).not.toEqual([]);
  });

  it('ignores a late max-wait timer of the queue a contact overflowed from', () => {
    const first = aQueue({ maxWaitSeconds: 30, escalation: [{ afterSeconds: 5, action: { kind: 'overflow', target: { kind: 'queue', queueId: queueId('que_backup') } } }] });
    const d = new AcdDriver(anAcdConfig({ queues: [first, aQueue({ id: 'que_backup', maxWaitSeconds: 120 })] }));
    d.arrive('con_1', 'que_1', 0);
    d.advance(5_000); // escalated to que_backup, whose own maxwait:con_1 is due at 125 s
    expect(late(d, 'maxwait:con_1', 30_000).filter(moved)).toEqual([]);
    expect(d.state.contacts.get(contactId('con_1'))).toMatchObject({ queueId: 'que_backup', phase: 'waiting' });
  });

  it('offers an agent freed by an overflow the first contact in line in the new queue, not the one that overflowed', () => {
    const first = aQueue({ maxWaitSeconds: 10, ringTimeoutSeconds: 30, overflow: { kind: 'queue', queueId: queueId('que_2') } });
    const d = new AcdDriver(anAcdConfig({ queues: [first, aQueue({ id: 'que_2' })], agents: [anAgent('agt_a', ['que_1', 'que_2'])] }));
    d.ready('agt_a', 0);
    d.arrive('con_new', 'que_1', 1000); // rings at agt_a until it overflows to que_2 at 11 s
    d.arrive('con_vip', 'que_2', 2000, 'voice', 1);
    expect(offersIn(d.advance(11_000))).toEqual(['con_vip->agt_a']);
    expect(d.state.contacts.get(contactId('con_new'))).toMatchObject({ queueId: 'que_2', phase: 'waiting' });
  });

  it('serves an agent freed by an overflow first also when the contact overflows on through a full queue', () => {
    const first = aQueue({ maxWaitSeconds: 10, ringTimeoutSeconds: 30, overflow: { kind: 'queue', queueId: queueId('que_full') } });
    const full = aQueue({ id: 'que_full', maxWaiting: 0, overflow: { kind: 'queue', queueId: queueId('que_2') } });
    const d = new AcdDriver(anAcdConfig({ queues: [first, full, aQueue({ id: 'que_2' })], agents: [anAgent('agt_a', ['que_1', 'que_2'])] }));
    d.ready('agt_a', 0);
    d.arrive('con_new', 'que_1', 1000);
    d.arrive('con_vip', 'que_2', 2000, 'voice', 1);
    expect(offersIn(d.advance(11_000))).toEqual(['con_vip->agt_a']);
    expect(d.state.contacts.get(contactId('con_new'))).toMatchObject({ queueId: 'que_2', phase: 'waiting' });
  });

  it('offers a ring-all agent whose offer rang out the first contact in line, not the same one again', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ strategy: 'ring-all', ringTimeoutSeconds: 5 })], agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 1); // rings at agt_a until 5 s
    d.arrive('con_vip', 'que_1', 2, 'voice', 1);
    expect(offersIn(d.advance(5001))).toEqual(['con_vip->agt_a']);
  });

  it('rings one agent at a time when escalation adds a ring-all queue to a contact of a one-at-a-time queue', () => {
    const home = aQueue({ escalation: [{ afterSeconds: 5, action: { kind: 'add-queues', queueIds: [queueId('que_all')] } }] });
    const all = aQueue({ id: 'que_all', strategy: 'ring-all' });
    const d = new AcdDriver(anAcdConfig({ queues: [home, all], agents: [anAgent('agt_a', ['que_all']), anAgent('agt_b', ['que_all'])] }));
    d.ready('agt_a', 0);
    d.ready('agt_b', 0);
    d.arrive('con_1', 'que_1', 0);
    expect(offersIn(d.advance(5000))).toEqual(['con_1->agt_a']);
    expect(offersIn(d.advance(20_000))).toEqual(['con_1->agt_b']); // agt_a missed it: not ready, and the next agent rings
    expect(d.state.agents.get(agentId('agt_b'))?.presence).toEqual({ kind: 'ready' });
  });
});
