// Regressions found by reviewing the ACD, each as the smallest scenario that showed it.
import { describe, expect, it } from 'vitest';
import { agentId, contactId, queueId } from '../ids';
import { aQueue, anAcdConfig, anAgent } from '../testing/builders';
import { AcdDriver, offersIn } from '../testing/acd-driver';

const status = (d: AcdDriver, id: string) => d.state.agents.get(agentId(id))?.status;

describe('ACD review regressions', () => {
  it('rings every available member of a ring-all queue again after a ring-out, not only the last one', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ strategy: 'ring-all' })], agents: ['agt_a', 'agt_b', 'agt_c'].map((a) => anAgent(a)) }));
    for (const a of ['agt_a', 'agt_b', 'agt_c']) d.ready(a, 0);
    expect(offersIn(d.arrive('con_1', 'que_1', 1000))).toEqual(['con_1->agt_a', 'con_1->agt_b', 'con_1->agt_c']);
    expect(offersIn(d.advance(16_000)).sort()).toEqual(['con_1->agt_a', 'con_1->agt_b', 'con_1->agt_c']);
  });

  it('starts a new round when every logged-in member has declined, instead of waiting forever', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 1000);
    expect(offersIn(d.decline('con_1', 'agt_a', 2000))).toEqual(['con_1->agt_a']);
  });

  it('still skips a refusing agent while another member may take the contact', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a'), anAgent('agt_b')] }));
    d.ready('agt_a', 0);
    d.presence('agt_b', { kind: 'not-ready', reason: 'lunch' }, 0);
    d.arrive('con_1', 'que_1', 1000);
    expect(offersIn(d.decline('con_1', 'agt_a', 2000))).toEqual([]);
    expect(offersIn(d.ready('agt_b', 3000))).toEqual(['con_1->agt_b']);
  });

  it('lists an agent once even if its configuration names a queue twice', () => {
    const twice = { ...anAgent('agt_a'), memberships: [{ queueId: queueId('que_1'), level: 1 }, { queueId: queueId('que_1'), level: 2 }] };
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ strategy: 'ring-all' })], agents: [twice] }));
    d.ready('agt_a', 0);
    expect(offersIn(d.arrive('con_1', 'que_1', 1))).toEqual(['con_1->agt_a']);
    expect(d.state.queues.get(queueId('que_1'))?.loggedIn).toBe(1);
    d.accept('con_1', 'agt_a', 2);
    expect(status(d, 'agt_a')).toBe('busy');
  });

  it('overflows waiting contacts when a reconfiguration takes the last member out of a leave-when-empty queue', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ leaveWhenEmpty: true }), aQueue({ id: 'que_2' })], agents: [anAgent('agt_a')] }));
    d.presence('agt_a', { kind: 'not-ready', reason: 'meeting' }, 0);
    d.arrive('con_1', 'que_1', 1);
    const out = d.send({ type: 'AgentConfigured', at: 2, agent: anAgent('agt_a', ['que_2']) });
    expect(out).toContainEqual({ type: 'OverflowContact', contactId: 'con_1', target: { kind: 'voicemail' } });
  });

  it('ignores a late announcement timer from the queue a contact overflowed out of', () => {
    const d = new AcdDriver(anAcdConfig({
      queues: [aQueue({ announceEverySeconds: 10, maxWaitSeconds: 15, overflow: { kind: 'queue', queueId: queueId('que_2') } }), aQueue({ id: 'que_2', announceEverySeconds: 10 })],
    }));
    d.arrive('con_1', 'que_1', 0);
    d.advance(15_000); // announced at 10 s, overflowed at 15 s; the new queue's timer is due at 25 s
    const late = d.send({ type: 'TimerFired', at: 20_000, key: 'announce:con_1' });
    expect(late.filter((e) => e.type === 'AnnouncePosition')).toEqual([]);
    expect(late.filter((e) => e.type === 'StartTimer')).toEqual([{ type: 'StartTimer', key: 'announce:con_1', at: 25_000 }]);
  });

  it('goes straight from ringing to logged out when the agent logs out during an offer', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 1);
    d.presence('agt_a', { kind: 'logged-out' }, 2);
    expect(d.events('AgentStateChanged').map((e) => (e.type === 'AgentStateChanged' ? `${e.from}>${e.to}` : ''))).toEqual(['logged-out>ready', 'ready>ringing', 'ringing>logged-out']);
  });

  it('keeps an agent its longest-idle place when the caller hangs up while it rings', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a'), anAgent('agt_b')] }));
    d.ready('agt_a', 0);
    d.ready('agt_b', 5000);
    d.arrive('con_1', 'que_1', 6000);
    d.abandon('con_1', 7000);
    expect(offersIn(d.arrive('con_2', 'que_1', 8000))).toEqual(['con_2->agt_a']);
  });

  it('does not announce a position to a callback', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ announceEverySeconds: 30 })] }));
    const out = d.send({ type: 'ContactArrived', at: 0, contactId: contactId('cb_1'), queueId: queueId('que_1'), channel: 'callback' });
    expect(out.filter((e) => e.type === 'AnnouncePosition' || e.type === 'StartTimer')).toEqual([]);
  });
});
