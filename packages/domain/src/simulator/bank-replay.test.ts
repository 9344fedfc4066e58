import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bankReplay } from './bank-replay';
import { inferStaffing } from './infer-staffing';
import { BANK_HEADER, parseBankCalls, type BankCall } from './parse-bank-calls';
import { selectReplayCalls } from './select-replay-calls';

const HALF_HOUR = 1_800_000;
const row = (f: Partial<Record<'q' | 'qt' | 'out' | 'ser' | 'st' | 'who' | 'entry' | 'exit' | 'date' | 'type', string>>): string =>
  [
    'AA0101', '1', '0', '0', f.type ?? 'PS', f.date ?? '1999-08-01', f.entry ?? '10:00:00', f.exit ?? '10:00:10', '10',
    f.q ?? '0:00:00', exitOf(f.q, f.qt), f.qt ?? '0', f.out ?? 'AGENT', f.ser ?? '0:00:00', exitOf(f.ser, f.st), f.st ?? '0', f.who ?? 'NO_SERVER',
  ].join(',');

/** start + seconds as h:mm:ss (wrapping at midnight), or 0:00:00 when there is no start. */
function exitOf(start: string | undefined, seconds = '0'): string {
  if (start === undefined) return '0:00:00';
  const [h, m, s] = start.split(':').map(Number) as [number, number, number];
  const t = (h * 3600 + m * 60 + s + Number(seconds)) % 86_400;
  return `${Math.floor(t / 3600)}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

function calls(...rows: string[]): BankCall[] {
  const parsed = parseBankCalls([BANK_HEADER, ...rows].join('\n'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

describe('selectReplayCalls', () => {
  it('keeps served and queue-abandoned calls and counts what it leaves out', () => {
    const { calls: kept, excluded, originMs } = selectReplayCalls(calls(
      row({ q: '10:00:10', qt: '30', ser: '10:00:40', st: '100', who: 'AVI' }),
      row({ ser: '10:00:10', st: '50', who: 'DANA' }),
      row({ q: '10:00:10', qt: '45', out: 'HANG' }),
      row({ out: 'HANG' }),
      row({ q: '10:00:10', qt: '5', out: 'PHANTOM', ser: '10:00:15', st: '3' }),
      row({ q: '10:00:10', qt: '5' }),
    ));
    expect(originMs).toBe(Date.UTC(1999, 7, 1));
    expect(excluded).toEqual({ phantom: 1, hungUpInVru: 1, servedWithoutServiceTime: 1 });
    expect(kept.map((c) => [c.arrivalMs / 1000 - 36_000, c.outcome, c.waitS])).toEqual([[10, 'served', 30], [10, 'served', 0], [10, 'abandoned', 45]]);
  });

  it('puts a time long before vru_entry on the next day, but keeps small clock skew on the same day', () => {
    const { calls: kept } = selectReplayCalls(calls(
      row({ entry: '23:59:50', exit: '0:00:05', q: '0:00:05', qt: '1', ser: '0:00:06', st: '10', who: 'AVI' }),
      row({ entry: '12:04:42', exit: '12:03:15', q: '12:03:15', qt: '1', ser: '12:03:16', st: '10', who: 'AVI' }),
    ));
    expect(kept.map((c) => c.arrivalMs / 1000)).toEqual([12 * 3600 + 3 * 60 + 15, 86_400 + 5]);
  });
});

describe('inferStaffing', () => {
  it('counts the distinct servers whose service overlaps each interval', () => {
    const { calls: kept } = selectReplayCalls(calls(
      row({ ser: '0:10:00', st: '1800', who: 'AVI' }),
      row({ ser: '0:20:00', st: '60', who: 'AVI' }),
      row({ ser: '1:40:00', st: '0', who: 'DANA' }),
      row({ ser: '1:45:00', st: '10', who: 'NO_SERVER' }),
    ));
    const staffing = inferStaffing(kept, HALF_HOUR);
    expect(staffing.perInterval).toEqual([1, 1, 0, 1]);
    expect(staffing.steps).toEqual([{ atMs: 0, count: 1 }, { atMs: 2 * HALF_HOUR, count: 0 }, { atMs: 3 * HALF_HOUR, count: 1 }, { atMs: 4 * HALF_HOUR, count: 0 }]);
    expect(staffing).toMatchObject({ maxAgents: 1, agentHours: 1.5 });
  });
});

describe('bankReplay', () => {
  it('replays real service times and hang-up patience, next to the figures of the log itself', () => {
    const result = bankReplay(calls(
      row({ q: '10:00:10', ser: '10:00:10', st: '120', who: 'AVI' }),
      row({ q: '10:00:20', qt: '110', ser: '10:02:10', st: '60', who: 'AVI' }),
      row({ q: '10:00:30', qt: '20', out: 'HANG' }),
    ), { targetSeconds: 20, intervalMs: HALF_HOUR, replications: 1, seed: 1 });
    expect(result.observed).toMatchObject({ offered: 3, answered: 2, abandoned: 1, asaSeconds: 55, abandonRate: 1 / 3, serviceLevel: 1 / 2 });
    const sim = result.simulated.overall;
    // One agent (AVI) from 10:00: the second caller waits for the first call to end, the third hangs up after 20 s.
    expect([sim.answered.mean, sim.abandoned.mean, sim.asaSeconds.mean, sim.serviceLevel.mean]).toEqual([2, 1, 55, 0.5]);
    expect(result.staffing.maxAgents).toBe(1);
  });

  const file = fileURLToPath(new URL('../../../../../shared/validation-data/anonymous-bank/august_1999.csv', import.meta.url));
  it.skipIf(!existsSync(file))('parses and replays the real August 1999 log', () => {
    const parsed = parseBankCalls(readFileSync(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toHaveLength(42_078);
    const result = bankReplay(parsed.value, { targetSeconds: 20, intervalMs: HALF_HOUR, replications: 1, seed: 1 });
    expect(result.excluded).toEqual({ phantom: 310, hungUpInVru: 3057, servedWithoutServiceTime: 57 });
    expect(result.observed).toMatchObject({ offered: 38_654, answered: 31_345, abandoned: 7_309 });
    expect(result.observed.asaSeconds).toBeCloseTo(73.8, 1);
    expect(result.simulated.overall.offered.mean).toBe(38_654);
    expect(result.simulated.unresolved.mean).toBe(0);
  });
});
