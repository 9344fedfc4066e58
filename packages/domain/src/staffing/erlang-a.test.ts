import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA, type ErlangAInput } from './erlang-a';
import { erlangC } from './erlang-c';

// Independent reference: the M/M/N+M birth–death chain summed directly (small loads only), and
// the tagged caller's absorbing chain solved by uniformization (Poisson-weighted powers of the
// jump matrix), with its mean answered wait by first-step analysis.
type Reference = { waitProbability: number; abandonProbability: number; serviceLevel: number; asa: number; meanQueueLength: number; meanBusyAgents: number };

function reference({ traffic, agents, ahtSeconds, patienceSeconds, targetSeconds }: ErlangAInput): Reference {
  const g = ahtSeconds / patienceSeconds; // γ/μ; rates below are per AHT
  const death = (k: number) => (k <= agents ? k : agents + (k - agents) * g);
  const p = [1];
  for (let k = 1; k < agents || (p[k - 1] as number) > 1e-22; k += 1) p.push(((p[k - 1] as number) * traffic) / death(k));
  const total = p.reduce((s, x) => s + x, 0);
  const pi = p.map((x) => x / total);
  let wait = 0, queue = 0, busy = 0, answeredInT = 0, abandonedInT = 0, answeredWait = 0;
  pi.forEach((w, k) => {
    busy += w * Math.min(k, agents);
    if (k < agents) {
      answeredInT += w;
      return;
    }
    const m = k - agents;
    wait += w;
    queue += w * m;
    const tagged = taggedCall(m, agents, g, targetSeconds / ahtSeconds);
    answeredInT += w * tagged.answeredByT;
    abandonedInT += w * tagged.abandonedByT;
    answeredWait += w * tagged.answeredWait;
  });
  const abandonProbability = (g * queue) / traffic;
  return {
    waitProbability: wait,
    abandonProbability,
    serviceLevel: answeredInT / (1 - abandonedInT),
    asa: (answeredWait / (1 - abandonProbability)) * ahtSeconds,
    meanQueueLength: queue,
    meanBusyAgents: busy,
  };
}

// States 0..m: calls ahead of the tagged caller; m + 1: answered; m + 2: abandoned.
function taggedCall(m: number, n: number, g: number, t: number) {
  const size = m + 3;
  const rate = n + (m + 1) * g; // the largest total rate out of a state
  let v = new Array<number>(size).fill(0);
  v[m] = 1;
  let poisson = Math.exp(-rate * t);
  const at = new Array<number>(size).fill(0);
  for (let j = 0; j < 100_000 && (j < rate * t || poisson > 1e-18); j += 1) {
    v.forEach((x, i) => (at[i] = (at[i] as number) + poisson * x));
    const next = new Array<number>(size).fill(0);
    v.forEach((x, i) => {
      if (i > m) return void (next[i] = (next[i] as number) + x);
      const advance = (n + i * g) / rate;
      const abandon = g / rate;
      const target = i === 0 ? m + 1 : i - 1;
      next[target] = (next[target] as number) + x * advance;
      next[m + 2] = (next[m + 2] as number) + x * abandon;
      next[i] = (next[i] as number) + x * (1 - advance - abandon);
    });
    v = next;
    poisson *= (rate * t) / (j + 1);
  }
  // First-step analysis: a(i) = P(answered), w(i) = E[wait · 1{answered}] from i calls ahead.
  let a = 1, w = 0;
  for (let i = 0; i <= m; i += 1) {
    const out = n + (i + 1) * g;
    w = a * (n + i * g) / out / out + ((n + i * g) / out) * w;
    a = ((n + i * g) / out) * a;
  }
  return { answeredByT: at[m + 1] as number, abandonedByT: at[m + 2] as number, answeredWait: w };
}

const cases: ErlangAInput[] = [
  { traffic: 0.8, agents: 1, ahtSeconds: 60, patienceSeconds: 30, targetSeconds: 20 },
  { traffic: 1.6, agents: 1, ahtSeconds: 60, patienceSeconds: 45, targetSeconds: 10 },
  { traffic: 8, agents: 10, ahtSeconds: 180, patienceSeconds: 90, targetSeconds: 30 },
  { traffic: 12, agents: 10, ahtSeconds: 180, patienceSeconds: 300, targetSeconds: 20 },
  { traffic: 4, agents: 3, ahtSeconds: 240, patienceSeconds: 20, targetSeconds: 0 },
];

describe('erlangA', () => {
  it.each(cases)('matches the chain summed directly and the tagged caller by uniformization: %o', (input) => {
    const got = erlangA(input);
    const want = reference(input);
    for (const key of Object.keys(want) as (keyof Reference)[]) {
      expect(Math.abs(got[key] - want[key]), key).toBeLessThan(1e-9 * Math.max(1, want[key]));
    }
  });

  it('tends to Erlang C as patience grows', () => {
    for (const [traffic, agents] of [[10, 12], [95, 100], [12_000, 12_100]] as const) {
      const base = { traffic, agents, ahtSeconds: 180, targetSeconds: 20 };
      const c = erlangC(base);
      const a = erlangA({ ...base, patienceSeconds: 180e9 });
      expect(a.waitProbability).toBeCloseTo(c.waitProbability, 7);
      expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 7);
      expect(a.asa / c.asa).toBeCloseTo(1, 6);
      expect(a.meanWaitAllCalls / c.asa).toBeCloseTo(1, 6);
      expect(a.abandonProbability).toBeLessThan(1e-8);
    }
  });

  it('keeps probabilities in [0, 1] and satisfies abandonment, flow and Little identities', () => {
    const input = fc.record({
      traffic: fc.double({ min: 0.05, max: 400, noNaN: true }),
      agents: fc.integer({ min: 1, max: 450 }),
      ahtSeconds: fc.double({ min: 10, max: 900, noNaN: true }),
      patienceSeconds: fc.double({ min: 2, max: 3600, noNaN: true }),
      targetSeconds: fc.double({ min: 0, max: 120, noNaN: true }),
    });
    fc.assert(
      fc.property(input, (x) => {
        const f = erlangA(x);
        const g = x.ahtSeconds / x.patienceSeconds;
        for (const p of [f.waitProbability, f.abandonProbability, f.serviceLevel, f.occupancy]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(f.abandonProbability).toBeCloseTo((g * f.meanQueueLength) / x.traffic, 9); // γ·E[Q] / λ
        expect(f.meanBusyAgents / (x.traffic * (1 - f.abandonProbability))).toBeCloseTo(1, 9); // λ(1 − Pab) = μ·E[busy]
        expect((f.meanWaitAllCalls / x.ahtSeconds) * x.traffic).toBeCloseTo(f.meanQueueLength, 7); // Little: E[Q] = λ·E[queue time]
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every figure finite when B(A, N) is near underflow', () => {
    // B(400, 1360) ≈ 1e-308: A / B overflows
    const f = erlangA({ traffic: 400, agents: 1360, ahtSeconds: 180, patienceSeconds: 600, targetSeconds: 20 });
    for (const x of Object.values(f)) expect(Number.isFinite(x)).toBe(true);
    expect(f.meanBusyAgents).toBeCloseTo(400, 9);
  });

  it('stays exact and finite at 12,000 erlangs, under- and overstaffed', () => {
    for (const agents of [6_000, 11_000, 12_000, 12_100]) {
      const f = erlangA({ traffic: 12_000, agents, ahtSeconds: 180, patienceSeconds: 600, targetSeconds: 20 });
      for (const x of Object.values(f)) expect(Number.isFinite(x)).toBe(true);
      expect(f.meanBusyAgents / (12_000 * (1 - f.abandonProbability))).toBeCloseTo(1, 9);
      expect(f.abandonProbability).toBeCloseTo((0.3 * f.meanQueueLength) / 12_000, 9);
    }
    // Heavily overloaded, the fluid limit holds: a share 1 − N/A of callers abandons.
    const half = erlangA({ traffic: 12_000, agents: 6_000, ahtSeconds: 180, patienceSeconds: 600, targetSeconds: 20 });
    expect(half.abandonProbability).toBeCloseTo(0.5, 6);
  });

  it('has no queue when blocking underflows (far more agents than traffic)', () => {
    const f = erlangA({ traffic: 1, agents: 400, ahtSeconds: 180, patienceSeconds: 60, targetSeconds: 20 });
    expect(f).toMatchObject({ waitProbability: 0, abandonProbability: 0, serviceLevel: 1, asa: 0, meanBusyAgents: 1 });
    expect(f.occupancy).toBe(1 / 400);
  });

  it('refuses a queue tail too long to sum exactly, and impossible inputs', () => {
    const base = { traffic: 100, agents: 1, ahtSeconds: 180, targetSeconds: 20 };
    expect(() => erlangA({ ...base, patienceSeconds: 180e9 })).toThrow(/use Erlang C/);
    expect(() => erlangA({ ...base, patienceSeconds: 0 })).toThrow(RangeError);
    expect(() => erlangA({ ...base, agents: 0, patienceSeconds: 60 })).toThrow(RangeError);
    expect(() => erlangA({ ...base, agents: 2.5, patienceSeconds: 60 })).toThrow(RangeError);
  });
});
