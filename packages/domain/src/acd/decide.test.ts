import { describe, expect, it } from 'vitest';
import { agentId, contactId, queueId } from '../ids';
import { anAcdConfig, anAgent } from '../testing/builders';
import { createAcdState, decide } from './decide';
import type { Effect } from './effects';
import type { AcdEvent } from './events';
import type { AcdState } from './state';

function run(state: AcdState, events: readonly AcdEvent[]): Effect[] {
  return events.flatMap((e) => decide(state, e).effects);
}
const ready = (id: string, at: number): AcdEvent => ({ type: 'AgentPresenceSet', at, agentId: agentId(id), presence: { kind: 'ready' } });
const arrive = (id: string, at: number, queue = 'que_1'): AcdEvent => ({ type: 'ContactArrived', at, contactId: contactId(id), queueId: queueId(queue), channel: 'voice' });
const offers = (effects: readonly Effect[]) => effects.flatMap((e) => (e.type === 'OfferContact' ? [`${e.contactId}->${e.agentId}`] : []));

describe('decide', () => {
  it('offers an arriving contact to the agent idle the longest', () => {
    const state = createAcdState(anAcdConfig({ agents: [anAgent('agt_a'), anAgent('agt_b')] }));
    run(state, [ready('agt_b', 1000), ready('agt_a', 2000)]);
    expect(offers(run(state, [arrive('con_1', 3000)]))).toEqual(['con_1->agt_b']);
  });

  it('rings one agent at a time and moves on when the ring timeout passes', () => {
    const state = createAcdState(anAcdConfig({ agents: [anAgent('agt_a'), anAgent('agt_b')] }));
    run(state, [ready('agt_a', 1000), ready('agt_b', 2000)]);
    const first = run(state, [arrive('con_1', 3000)]);
    expect(offers(first)).toEqual(['con_1->agt_a']);
    const timer = first.find((e) => e.type === 'StartTimer');
    expect(timer).toMatchObject({ at: 3000 + 15_000 });
    const next = run(state, [{ type: 'TimerFired', at: 18_000, key: (timer as { key: string }).key }]);
    expect(offers(next)).toEqual(['con_1->agt_b']);
    expect(next).toContainEqual(expect.objectContaining({ type: 'RevokeOffer', agentId: 'agt_a', reason: 'timed-out' }));
    expect(next).toContainEqual({ type: 'Emit', event: expect.objectContaining({ type: 'AgentStateChanged', agentId: 'agt_a', from: 'ringing', to: 'not-ready', reason: 'missed-offer' }) });
  });
});
