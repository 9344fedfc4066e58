import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { erlangBByFactorials } from '../testing/reference-erlang';
import { erlangB, erlangBServers, erlangBTraffic, MAX_ERLANG_B_SERVERS, nextErlangB } from './erlang-b';

// ITU-style Erlang B table (see /work/shared/validation-data/README.md): offered traffic A for
// N = 1..301 servers (rows) at 20 blocking levels P (columns), printed to 5 significant digits
// and at most 5 decimals.
const TABLE = new URL('../../../../../shared/validation-data/erlang-b-itu/erlang_b_itu_table.tsv', import.meta.url);
const lines = readFileSync(TABLE, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
const levels = (lines[0] as string).split('\t').slice(1).map(Number);
const rows = lines.slice(1).map((l) => {
  const [n, ...cells] = l.split('\t');
  return { servers: Number(n), traffic: cells.map(Number) };
});

/** One unit in the last printed place of a table value. */
const printedUnit = (a: number): number => Math.max(10 ** (Math.floor(Math.log10(a)) - 4), 1e-5);


describe('erlangB against the ITU table', () => {
  it('has the whole table: 301 rows of 20 blocking levels', () => {
    expect(rows).toHaveLength(301);
    expect(levels).toHaveLength(20);
    expect(rows.every((r) => r.traffic.length === 20)).toBe(true);
  });

  // From 0.1 % blocking up the table is good to one printed unit (it is mostly rounded, sometimes
  // truncated): the inverse must land within one unit of the printed traffic, and the blocking at
  // the printed traffic within what one unit of traffic moves it (dB/dA = B·(N/A − 1 + B)).
  it.each(rows)('row N = $servers matches every level from 0.1 % to 40 % to one printed unit', ({ servers, traffic }) => {
    levels.forEach((p, i) => {
      if (p < 0.001) return;
      const a = traffic[i] as number;
      const unit = printedUnit(a);
      const b = erlangB(a, servers);
      const slope = b * (servers / a - 1 + b);
      expect(Math.abs(b - p), `B(${a}, ${servers}) vs ${p}`).toBeLessThanOrEqual(slope * unit * 1.000001);
      expect(Math.abs(erlangBTraffic(servers, p) - a), `traffic(${servers}, ${p}) vs ${a}`).toBeLessThanOrEqual(unit * 1.000001);
    });
  });

  // Below 0.1 % the table itself is off by up to 0.33 % of the traffic (26 printed units at N = 3,
  // P = 1e-5), as an exact evaluation shows (next test). There we hold it to the tolerances its
  // carrier test states, |B − P| < 1e-4 and |A − A_table| < 0.03 Erl, and to 0.4 % of the traffic.
  it.each(rows)('row N = $servers matches the levels below 0.1 % to the table’s own tolerance', ({ servers, traffic }) => {
    levels.forEach((p, i) => {
      if (p >= 0.001) return;
      const a = traffic[i] as number;
      const inverse = erlangBTraffic(servers, p);
      expect(Math.abs(erlangB(a, servers) - p)).toBeLessThan(1e-4);
      expect(Math.abs(inverse - a)).toBeLessThan(0.03);
      expect(Math.abs(inverse - a) / a, `traffic(${servers}, ${p}) vs ${a}`).toBeLessThan(0.004);
    });
  });

  it('puts the table’s largest low-level deviation on the table, not on the recursion', () => {
    // N = 5, P = 1e-5: the table prints 0.27584 erlangs; the exact traffic is 0.275261…
    expect(erlangB(0.27584, 5)).toBeCloseTo(erlangBByFactorials(0.27584, 5), 18);
    expect(erlangBByFactorials(erlangBTraffic(5, 1e-5), 5)).toBeCloseTo(1e-5, 16);
    expect(erlangBTraffic(5, 1e-5)).toBeCloseTo(0.27526, 5);
  });
});

describe('erlangB', () => {
  it('agrees with the factorial definition for small N', () => {
    for (const a of [0.01, 0.5, 1, 3.7, 10, 25]) {
      for (let n = 0; n <= 40; n += 1) {
        const exact = erlangBByFactorials(a, n);
        expect(Math.abs(erlangB(a, n) - exact) / exact).toBeLessThan(1e-12);
      }
    }
  });

  it('gives the textbook values B(1, 1) = 1/2 and B(2, 2) = 2/5', () => {
    expect(erlangB(1, 1)).toBe(0.5);
    expect(erlangB(2, 2)).toBeCloseTo(0.4, 15);
  });

  it('blocks everything with no servers and nothing with no traffic', () => {
    expect(erlangB(5, 0)).toBe(1);
    expect(erlangB(0, 3)).toBe(0);
  });

  it('stays finite and decreasing in N at 12,000 erlangs', () => {
    let previous = erlangB(12_000, 11_800);
    expect(previous).toBeGreaterThan(0);
    for (let n = 11_801; n <= 12_300; n += 1) {
      const b = nextErlangB(12_000, n, previous);
      expect(b).toBeLessThan(previous);
      previous = b;
    }
    expect(previous).toBe(erlangB(12_000, 12_300));
    expect(previous).toBeGreaterThan(0);
  });

  it('rejects negative traffic and fractional servers', () => {
    expect(() => erlangB(-1, 3)).toThrow(RangeError);
    expect(() => erlangB(Number.NaN, 3)).toThrow(RangeError);
    expect(() => erlangB(1, 2.5)).toThrow(RangeError);
  });
});

describe('erlangBServers', () => {
  it('is the smallest N whose blocking is at most the target', () => {
    for (const a of [0.3, 2, 10, 47.5, 120]) {
      for (const p of [0.001, 0.01, 0.05, 0.2]) {
        const n = erlangBServers(a, p);
        expect(erlangBByFactorials(a, n)).toBeLessThanOrEqual(p);
        if (n > 0) expect(erlangBByFactorials(a, n - 1)).toBeGreaterThan(p);
      }
    }
  });

  it('needs no server for a target of 1 and rejects targets outside (0, 1]', () => {
    expect(erlangBServers(3, 1)).toBe(0);
    expect(() => erlangBServers(3, 0)).toThrow(RangeError);
    expect(() => erlangBServers(3, 1.5)).toThrow(RangeError);
  });
});

describe('erlangBTraffic', () => {
  it('inverts erlangB to 1e-12 relative, also at 12,000 servers', () => {
    for (const [n, p] of [[1, 0.5], [7, 1e-9], [50, 0.02], [12_000, 0.01], [12_000, 0.3]] as const) {
      const a = erlangBTraffic(n, p);
      expect(Math.abs(erlangB(a, n) - p) / p).toBeLessThan(1e-12);
    }
  });

  it('solves N = 1 in closed form: A = P / (1 − P)', () => {
    expect(erlangBTraffic(1, 0.2)).toBeCloseTo(0.25, 14);
  });

  it('rejects zero servers and blocking outside (0, 1)', () => {
    expect(() => erlangBTraffic(0, 0.1)).toThrow(RangeError);
    expect(() => erlangBTraffic(3, 0)).toThrow(RangeError);
    expect(() => erlangBTraffic(3, 1)).toThrow(RangeError);
  });
});

describe('erlangB at the extremes', () => {
  it('erlangBServers throws rather than loop past MAX_ERLANG_B_SERVERS', () => {
    expect(() => erlangBServers(1e10, 0.01)).toThrow(`more than ${MAX_ERLANG_B_SERVERS} servers needed`);
  });

  it('erlangBTraffic finds tiny blocking targets instead of overshooting to Infinity', () => {
    expect(erlangBTraffic(1, 1e-300)).toBeCloseTo(1e-300, 310);
    for (const servers of [1000, 1_000_000]) {
      const traffic = erlangBTraffic(servers, 1e-300);
      expect(Math.log(erlangB(traffic, servers)) / Math.log(1e-300)).toBeCloseTo(1, 6);
    }
  });

  it('erlangBTraffic bisects when the target lies where B underflows', () => {
    const traffic = erlangBTraffic(10, 1e-310);
    expect(traffic).toBeGreaterThan(0);
    expect(erlangB(traffic, 10)).toBeLessThan(1e-305);
  });

describe('erlangBTraffic at the edge of floating point', () => {
  it('finds the traffic for blocking targets down to 1e-300', () => {
    for (const [servers, blocking] of [[1_000_000, 1e-300], [1000, 1e-300], [5, 1e-300], [1, 1e-300]] as const) {
      const traffic = erlangBTraffic(servers, blocking);
      expect(Math.abs(erlangB(traffic, servers) / blocking - 1)).toBeLessThan(1e-9);
    }
  });
});
});
