import { describe, expect, it } from 'vitest';
import { agentId } from '../ids';
import { aQueue, anAcdConfig, anAgent } from '../testing/builders';
import { AcdDriver, offersIn } from '../testing/acd-driver';
import type { Strategy } from './config';

function pool(strategy: Strategy, agents = ['agt_a', 'agt_b', 'agt_c'], seed = 42) {
  const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ strategy })], agents: agents.map((a) => anAgent(a)), seed }));
  agents.forEach((a, i) => d.ready(a, 1000 * (i + 1)));
  return d;
}

/** Serves `n` contacts one after another (each answered and ended at once); returns who took each. */
function serveInTurn(d: AcdDriver, n: number, talkMs: (i: number) => number = () => 60_000): string[] {
  const takers: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const at = d.now + 1000;
    const offer = offersIn(d.arrive(`con_${i}`, 'que_1', at))[0];
    if (offer === undefined) throw new Error('no offer');
    const agent = offer.split('->')[1] as string;
    takers.push(agent);
    d.accept(`con_${i}`, agent, at);
    d.end(`con_${i}`, at + talkMs(i));
  }
  return takers;
}

describe('routing strategies', () => {
  it('longest-idle offers the agent free the longest, so agents rotate', () => {
    expect(serveInTurn(pool('longest-idle'), 4)).toEqual(['agt_a', 'agt_b', 'agt_c', 'agt_a']);
  });

  it('top-down always starts from the top of the ordered list', () => {
    expect(serveInTurn(pool('top-down'), 3)).toEqual(['agt_a', 'agt_a', 'agt_a']);
  });

  it('top-down follows the membership order when one is given, not the org order', () => {
    const d = new AcdDriver(anAcdConfig({
      queues: [aQueue({ strategy: 'top-down' })],
      agents: [
        { ...anAgent('agt_a'), memberships: [{ queueId: aQueue().id, level: 1, order: 2 }] },
        { ...anAgent('agt_b'), memberships: [{ queueId: aQueue().id, level: 1, order: 1 }] },
      ],
    }));
    d.ready('agt_a', 1);
    d.ready('agt_b', 2);
    expect(offersIn(d.arrive('con_1', 'que_1', 3))).toEqual(['con_1->agt_b']);
  });

  it('round-robin continues after the agent offered last and wraps around', () => {
    expect(serveInTurn(pool('round-robin'), 5)).toEqual(['agt_a', 'agt_b', 'agt_c', 'agt_a', 'agt_b']);
  });

  it('fewest-contacts prefers the agent who has handled the fewest', () => {
    const d = pool('fewest-contacts');
    // agt_a handles two, agt_b one, then agt_c is the only one with none.
    expect(serveInTurn(d, 4)).toEqual(['agt_a', 'agt_b', 'agt_c', 'agt_a']);
    expect(serveInTurn(d, 2)).toEqual(['agt_b', 'agt_c']);
  });

  it('least-talk-time prefers the agent with the least accumulated talk', () => {
    const d = pool('least-talk-time');
    const talk = [300_000, 10_000, 20_000, 5_000];
    // a talks 300 s, b 10 s, c 20 s; then b (10 s) is least; b reaches 15 s, still least.
    expect(serveInTurn(d, 4, (i) => talk[i] ?? 1000)).toEqual(['agt_a', 'agt_b', 'agt_c', 'agt_b']);
    expect(serveInTurn(d, 1)).toEqual(['agt_b']);
  });

  it('random is seeded: the same seed gives the same choices, another seed other choices', () => {
    const draws = (seed: number) => serveInTurn(pool('random', ['agt_a', 'agt_b', 'agt_c', 'agt_d'], seed), 12);
    expect(draws(7)).toEqual(draws(7));
    const seeds = [1, 2, 3, 4, 5].map(draws).map((d) => d.join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(new Set(draws(7)).size).toBeGreaterThan(1);
  });

  it('ring-all rings every available agent; the first to answer takes it and the rest are withdrawn', () => {
    const d = pool('ring-all');
    expect(offersIn(d.arrive('con_1', 'que_1', 5000))).toEqual(['con_1->agt_a', 'con_1->agt_b', 'con_1->agt_c']);
    const answered = d.accept('con_1', 'agt_b', 6000);
    const revoked = answered.filter((e) => e.type === 'RevokeOffer').map((e) => (e.type === 'RevokeOffer' ? [e.agentId, e.reason] : []));
    expect(revoked).toEqual([['agt_a', 'taken-by-another'], ['agt_c', 'taken-by-another']]);
    expect(d.state.agents.get(agentId('agt_a'))?.status).toBe('ready');
    expect(d.state.agents.get(agentId('agt_b'))?.status).toBe('busy');
  });
});

describe('random strategy seeding', () => {
  it('spreads first picks across agents for neighbouring small seeds', () => {
    const agents = Array.from({ length: 10 }, (_, i) => `agt_${i}`);
    const firstPicks = Array.from({ length: 12 }, (_, i) => {
      const d = pool('random', agents, i + 1);
      return offersIn(d.arrive('con_1', 'que_1', d.now + 1))[0];
    });
    // With a poorly mixed seed the picks walk down the list one agent per seed (6, 5, 4, …).
    const steps = firstPicks.slice(1).map((p, i) => Number(p?.split('_')[2]) - Number(firstPicks[i]?.split('_')[2]));
    expect(new Set(steps).size).toBeGreaterThan(3);
    expect(new Set(firstPicks).size).toBeGreaterThanOrEqual(5);
  });
});
