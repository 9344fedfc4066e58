import { describe, expect, it } from 'vitest';
import { erlangB } from './erlang-b';
import { erlangC, erlangCFromBlocking } from './erlang-c';
import { erlangCByFactorials } from '../testing/reference-erlang';

const aht = 180;

describe('erlangC', () => {
  it('matches the factorial definition of C(N, A)', () => {
    for (const a of [0.5, 2, 10, 33.3, 80]) {
      for (let n = Math.floor(a) + 1; n <= a + 30; n += 1) {
        const expected = erlangCByFactorials(a, n);
        const { waitProbability } = erlangC({ traffic: a, agents: n, ahtSeconds: aht, targetSeconds: 20 });
        expect(Math.abs(waitProbability - expected) / expected).toBeLessThan(1e-12);
      }
    }
  });

  // The worked example printed in many staffing guides (e.g. Call Centre Helper, "Erlang C
  // formula – made simple"): 100 calls in 30 minutes at an AHT of 3 minutes is 10 erlangs;
  // C(11..14) = 68.2 %, 44.9 %, 28.5 %, 17.4 %; 14 agents give 88.8 % in 20 s, ASA 7.8 s, 71.4 %.
  it('reproduces the classic 10-erlang example', () => {
    const at = (agents: number) => erlangC({ traffic: (100 * aht) / 1800, agents, ahtSeconds: aht, targetSeconds: 20 });
    expect([11, 12, 13, 14].map((n) => Number(at(n).waitProbability.toFixed(3)))).toEqual([0.682, 0.449, 0.285, 0.174]);
    expect(at(13).serviceLevel).toBeLessThan(0.8);
    expect(at(14).serviceLevel).toBeCloseTo(0.888, 3);
    expect(at(14).asa).toBeCloseTo(7.8, 1);
    expect(at(14).occupancy).toBeCloseTo(0.714, 3);
  });

  it('computes SL and ASA from the exponential wait of delayed calls', () => {
    const c = erlangCByFactorials(10, 12);
    const f = erlangC({ traffic: 10, agents: 12, ahtSeconds: aht, targetSeconds: 15 });
    expect(f.serviceLevel).toBeCloseTo(1 - c * Math.exp((-2 * 15) / aht), 12);
    expect(f.asa).toBeCloseTo((c * aht) / 2, 10);
    expect(erlangC({ traffic: 10, agents: 12, ahtSeconds: aht, targetSeconds: 0 }).serviceLevel).toBeCloseTo(1 - c, 12);
  });

  it('reports an unbounded queue when traffic reaches the agents', () => {
    for (const agents of [9, 10]) {
      expect(erlangC({ traffic: 10, agents, ahtSeconds: aht, targetSeconds: 20 })).toEqual({
        waitProbability: 1, serviceLevel: 0, asa: Infinity, occupancy: 1,
      });
    }
  });

  it('stays finite and monotone at 12,000 erlangs', () => {
    let previous = erlangC({ traffic: 12_000, agents: 12_001, ahtSeconds: aht, targetSeconds: 20 });
    for (let n = 12_002; n <= 12_200; n += 1) {
      const f = erlangC({ traffic: 12_000, agents: n, ahtSeconds: aht, targetSeconds: 20 });
      expect(Number.isFinite(f.asa)).toBe(true);
      expect(f.waitProbability).toBeLessThan(previous.waitProbability);
      expect(f.serviceLevel).toBeGreaterThan(previous.serviceLevel);
      expect(f.asa).toBeLessThan(previous.asa);
      previous = f;
    }
  });

  // Halfin & Whitt (1981): with N = A + β√A, C → [1 + β·Φ(β)/φ(β)]^{-1} as A grows.
  it('approaches the Halfin–Whitt limit at 12,000 erlangs', () => {
    const beta = 100 / Math.sqrt(12_000);
    const phi = (x: number) => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
    let integral = 0; // Simpson's rule for ∫_0^β φ
    const steps = 1000;
    for (let i = 0; i <= steps; i += 1) integral += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * phi((beta * i) / steps);
    const Phi = 0.5 + (integral * beta) / steps / 3;
    const limit = 1 / (1 + (beta * Phi) / phi(beta));
    const { waitProbability } = erlangC({ traffic: 12_000, agents: 12_100, ahtSeconds: aht, targetSeconds: 20 });
    expect(Math.abs(waitProbability - limit) / limit).toBeLessThan(0.01);
  });

  it('accepts a precomputed blocking and rejects impossible inputs', () => {
    const input = { traffic: 10, agents: 12, ahtSeconds: aht, targetSeconds: 20 };
    expect(erlangCFromBlocking(input, erlangB(10, 12))).toEqual(erlangC(input));
    expect(() => erlangC({ ...input, agents: 0 })).toThrow(RangeError);
    expect(() => erlangC({ ...input, ahtSeconds: 0 })).toThrow(RangeError);
    expect(() => erlangC({ ...input, targetSeconds: -1 })).toThrow(RangeError);
  });
});
