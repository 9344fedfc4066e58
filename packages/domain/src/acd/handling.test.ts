import { describe, expect, it } from 'vitest';
import { agentId, contactId } from '../ids';
import { aQueue, anAcdConfig, anAgent } from '../testing/builders';
import { AcdDriver, offersIn } from '../testing/acd-driver';
import type { AgentStatus } from './effects';

const statusOf = (d: AcdDriver, agent: string): AgentStatus | undefined => d.state.agents.get(agentId(agent))?.status;
const revokes = (effects: readonly { type: string }[]) => effects.filter((e) => e.type === 'RevokeOffer');

describe('offers, answers and wrap-up', () => {
  it('on decline keeps the agent ready and offers the contact to the next agent', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a'), anAgent('agt_b')] }));
    d.ready('agt_a', 1);
    d.ready('agt_b', 2);
    d.arrive('con_1', 'que_1', 3);
    expect(offersIn(d.decline('con_1', 'agt_a', 4))).toEqual(['con_1->agt_b']);
    expect(statusOf(d, 'agt_a')).toBe('ready');
    expect(d.events('OfferDeclined')).toMatchObject([{ agentId: 'agt_a', contactId: 'con_1' }]);
  });

  it('keeps an agent ready after a missed offer when the queue sets no not-ready reason', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ noAnswerReason: null })], agents: [anAgent('agt_a'), anAgent('agt_b')] }));
    d.ready('agt_a', 1);
    d.ready('agt_b', 2);
    d.arrive('con_1', 'que_1', 3);
    d.advance(3 + 15_000);
    expect(statusOf(d, 'agt_a')).toBe('ready');
    expect(d.offerOf('con_1').agentId).toBe('agt_b');
  });

  it('withdraws the offer when the caller hangs up while it rings, and frees the agent', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 1000);
    const out = d.abandon('con_1', 4000);
    expect(revokes(out)).toEqual([{ type: 'RevokeOffer', offerId: expect.any(String), contactId: 'con_1', agentId: 'agt_a', reason: 'abandoned' }]);
    expect(out).toContainEqual(expect.objectContaining({ type: 'CancelTimer', key: expect.stringMatching(/^ring:con_1:/) }));
    expect(d.events('ContactAbandoned')).toMatchObject([{ contactId: 'con_1', waitMs: 3000, whileOffered: true }]);
    expect(statusOf(d, 'agt_a')).toBe('ready');
  });

  it('ignores a stale ring timer after the offer was answered', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    const offered = d.arrive('con_1', 'que_1', 1000);
    const ring = offered.find((e) => e.type === 'StartTimer');
    d.accept('con_1', 'agt_a', 2000);
    expect(d.send({ type: 'TimerFired', at: 16_000, key: ring?.type === 'StartTimer' ? ring.key : '' })).toEqual([]);
    expect(statusOf(d, 'agt_a')).toBe('busy');
  });

  it('runs wrap-up for the queue wrap-up time, then offers the next contact', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ wrapUpSeconds: 30 })], agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 0);
    d.accept('con_1', 'agt_a', 1000);
    d.arrive('con_2', 'que_1', 2000);
    d.end('con_1', 61_000);
    expect(statusOf(d, 'agt_a')).toBe('wrap-up');
    expect(offersIn(d.advance(91_000))).toEqual(['con_2->agt_a']);
    expect(d.events('WrapUpFinished')).toMatchObject([{ contactId: 'con_1', wrapUpMs: 30_000 }]);
    expect(d.events('ContactEnded')).toMatchObject([{ contactId: 'con_1', talkMs: 60_000 }]);
  });

  it('lets the agent end wrap-up early', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ wrapUpSeconds: 30 })], agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 0);
    d.accept('con_1', 'agt_a', 0);
    d.end('con_1', 10_000);
    const out = d.send({ type: 'WrapUpEnded', at: 15_000, agentId: agentId('agt_a') });
    expect(out).toContainEqual({ type: 'CancelTimer', key: 'wrapup:con_1' });
    expect(statusOf(d, 'agt_a')).toBe('ready');
    expect(d.state.contacts.has(contactId('con_1'))).toBe(false);
  });

  it('offers up to the chat capacity at once, and no voice while chats are held if voice blocks', () => {
    const capacity = { voice: 1, chat: 3, email: 0, callback: 1 };
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a', ['que_1'], { capacity, voiceBlocksOthers: true })] }));
    d.ready('agt_a', 0);
    for (const id of ['c1', 'c2', 'c3', 'c4']) d.arrive(id, 'que_1', 1, 'chat');
    expect(offersIn(d.log)).toEqual(['c1->agt_a', 'c2->agt_a', 'c3->agt_a']);
    d.arrive('v1', 'que_1', 2, 'voice');
    expect(offersIn(d.log)).toHaveLength(3);
    for (const id of ['c1', 'c2', 'c3']) d.accept(id, 'agt_a', 3);
    for (const id of ['c1', 'c2', 'c3']) d.end(id, 4);
    // With the chats done the oldest waiting contact, c4 (it arrived before the voice call), is next.
    expect(offersIn(d.log).slice(3)).toEqual(['c4->agt_a']);
  });

  it('blocks chats while a voice call is held when voice blocks, and not otherwise', () => {
    const capacity = { voice: 1, chat: 2, email: 0, callback: 1 };
    for (const voiceBlocksOthers of [true, false]) {
      const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a', ['que_1'], { capacity, voiceBlocksOthers })] }));
      d.ready('agt_a', 0);
      d.arrive('v1', 'que_1', 1, 'voice');
      d.arrive('c1', 'que_1', 2, 'chat');
      expect(offersIn(d.log)).toEqual(voiceBlocksOthers ? ['v1->agt_a'] : ['v1->agt_a', 'c1->agt_a']);
    }
  });

  it('on logout withdraws a ringing offer and gives the contact to another agent', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a'), anAgent('agt_b')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 10);
    d.presence('agt_b', { kind: 'not-ready', reason: 'meeting' }, 11);
    d.ready('agt_b', 12);
    const out = d.presence('agt_a', { kind: 'logged-out' }, 13);
    expect(revokes(out)).toMatchObject([{ agentId: 'agt_a', reason: 'agent-logged-out' }]);
    expect(offersIn(out)).toEqual(['con_1->agt_b']);
    expect(statusOf(d, 'agt_a')).toBe('logged-out');
  });

  it('lets an agent who logs out during a call finish it, then reports logged-out', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ wrapUpSeconds: 10 })], agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 0);
    d.accept('con_1', 'agt_a', 0);
    d.presence('agt_a', { kind: 'logged-out' }, 5);
    expect(statusOf(d, 'agt_a')).toBe('busy');
    d.end('con_1', 20);
    d.advance(10_020);
    expect(statusOf(d, 'agt_a')).toBe('logged-out');
    const changes = d.events('AgentStateChanged').map((e) => (e.type === 'AgentStateChanged' ? `${e.from}>${e.to}` : ''));
    expect(changes).toEqual(['logged-out>ready', 'ready>ringing', 'ringing>busy', 'busy>wrap-up', 'wrap-up>logged-out']);
  });

  it('reports the not-ready reason with the state change', () => {
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_a')] }));
    d.presence('agt_a', { kind: 'not-ready', reason: 'coaching' }, 0);
    d.presence('agt_a', { kind: 'not-ready', reason: 'lunch' }, 10);
    expect(d.events('AgentStateChanged')).toMatchObject([
      { from: 'logged-out', to: 'not-ready', reason: 'coaching' },
      { from: 'not-ready', to: 'not-ready', reason: 'lunch' },
    ]);
  });
});
