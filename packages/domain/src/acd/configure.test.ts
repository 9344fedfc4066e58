import { describe, expect, it } from 'vitest';
import { agentId, queueId } from '../ids';
import { aQueue, anAcdConfig, anAgent } from '../testing/builders';
import { AcdDriver, offersIn } from '../testing/acd-driver';

describe('configuration changes at run time', () => {
  it('serves a waiting contact at once when a ready agent is added to its queue', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue(), aQueue({ id: 'que_2' })], agents: [anAgent('agt_a', ['que_2'])] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 10);
    const out = d.send({ type: 'AgentConfigured', at: 20, agent: anAgent('agt_a', ['que_2', 'que_1']) });
    expect(offersIn(out)).toEqual(['con_1->agt_a']);
  });

  it('stops offering a queue to an agent removed from it', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a', ['que_1'])] }));
    d.ready('agt_a', 0);
    d.send({ type: 'AgentConfigured', at: 5, agent: anAgent('agt_a', []) });
    expect(offersIn(d.arrive('con_1', 'que_1', 10))).toEqual([]);
    expect(d.state.queues.get(queueId('que_1'))?.loggedIn).toBe(0);
  });

  it('adds an agent who starts logged out and can then log in', () => {
    const d = new AcdDriver(anAcdConfig());
    d.send({ type: 'AgentConfigured', at: 0, agent: anAgent('agt_new') });
    expect(d.state.agents.get(agentId('agt_new'))?.status).toBe('logged-out');
    d.ready('agt_new', 1);
    expect(offersIn(d.arrive('con_1', 'que_1', 2))).toEqual(['con_1->agt_new']);
  });

  it('attaches agents to a queue configured after them', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a', ['que_late'])] }));
    d.ready('agt_a', 0);
    d.send({ type: 'QueueConfigured', at: 1, queue: aQueue({ id: 'que_late' }) });
    expect(d.state.queues.get(queueId('que_late'))?.loggedIn).toBe(1);
    expect(offersIn(d.arrive('con_1', 'que_late', 2))).toEqual(['con_1->agt_a']);
  });

  it('re-sorts available agents when a queue changes strategy', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a'), anAgent('agt_b')] }));
    d.ready('agt_b', 0); // idle longest
    d.ready('agt_a', 10);
    d.send({ type: 'QueueConfigured', at: 20, queue: aQueue({ strategy: 'top-down' }) });
    expect(offersIn(d.arrive('con_1', 'que_1', 30))).toEqual(['con_1->agt_a']);
  });

  it('ignores events about unknown agents, contacts and offers', () => {
    const d = new AcdDriver(anAcdConfig());
    expect(d.send({ type: 'AgentPresenceSet', at: 0, agentId: agentId('agt_x'), presence: { kind: 'ready' } })).toEqual([]);
    expect(d.send({ type: 'OfferAccepted', at: 0, offerId: 'off_x' as never })).toEqual([]);
    expect(d.send({ type: 'ContactEnded', at: 0, contactId: 'con_x' as never })).toEqual([]);
    expect(d.send({ type: 'TimerFired', at: 0, key: 'nonsense' })).toEqual([]);
    expect(d.send({ type: 'TimerFired', at: 0, key: 'escalate:con_x:0' })).toEqual([]);
    expect(d.send({ type: 'WrapUpEnded', at: 0, agentId: agentId('agt_x') })).toEqual([]);
  });

  it('ignores a second arrival with the same contact id', () => {
    const d = new AcdDriver(anAcdConfig());
    d.arrive('con_1', 'que_1', 0);
    expect(d.arrive('con_1', 'que_1', 1)).toEqual([]);
  });
});
