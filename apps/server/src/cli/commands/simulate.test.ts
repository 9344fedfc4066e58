import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BANK_HEADER } from '@switchboard/domain';
import { runCli } from '../../testing/run-cli';

async function run(args: string[]) {
  const { code, stdout, stderr } = await runCli(args);
  return { code, out: stdout, err: stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'switchboard-simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function csv(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [BANK_HEADER, ...rows].join('\n'));
  return path;
}

const served = (q: string, qt: number, ser: string, st: number) =>
  `AA0101,1,0,0,PS,1999-08-01,9:59:50,${q},10,${q},${plus(q, qt)},${qt},AGENT,${ser},${plus(ser, st)},${st},AVI`;
function plus(clock: string, seconds: number): string {
  const [h, m, s] = clock.split(':').map(Number) as [number, number, number];
  const t = h * 3600 + m * 60 + s + seconds;
  return `${Math.floor(t / 3600)}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}
const small = ['--rate-per-min', '1', '--aht', '60', '--agents', '2', '--hours', '1', '--replications', '3', '--target-time', '20'];

describe('switchboard simulate', () => {
  it('prints every KPI overall as { mean, ci95 } with the model it ran', async () => {
    const { code, out, err } = await run(['simulate', ...small]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.model).toMatchObject({ ratePerMinute: 1, ahtSeconds: 60, agents: 2, hours: 1, offeredErlangs: 1, replications: 3, seed: 1, intervalMinutes: 30 });
    expect(json.serviceLevelFormula).toBe('answered within T / (answered + abandoned after T)');
    expect(Object.keys(json.kpis)).toEqual(expect.arrayContaining(['offered', 'answered', 'abandoned', 'serviceLevel', 'asaSeconds', 'abandonRate', 'occupancy']));
    expect(json.kpis.offered.mean).toBeGreaterThan(0);
    expect(json.kpis.serviceLevel.ci95).toHaveLength(2);
    expect(json.intervals).toBeUndefined();
  });

  it('adds per-interval KPIs with --intervals and takes a lognormal handling time and patience', async () => {
    const { code, out } = await run(['simulate', ...small, '--intervals', '--interval-minutes', '15', '--handling', 'lognormal', '--handling-cv', '0.5', '--patience', '30']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.intervals.map((i: { start: string }) => i.start)).toEqual(['00:00', '00:15', '00:30', '00:45']);
    expect(json.intervals[0].answered).toMatchObject({ mean: expect.any(Number) });
    expect(json.model.handling).toEqual({ distribution: 'lognormal', cv: 0.5 });
  });

  it('is reproducible for a seed', async () => {
    const a = await run(['simulate', ...small, '--seed', '9']);
    const b = await run(['simulate', ...small, '--seed', '9']);
    expect(a.out).toBe(b.out);
  });

  it('lists every flag problem at once and exits 2', async () => {
    const { code, err } = await run(['simulate', '--rate-per-min', '0', '--aht', 'x', '--agents', '2.5', '--handling', 'gamma', '--interval-minutes', '20', '--handling-cv', '2']);
    expect(code).toBe(2);
    for (const problem of [
      '--rate-per-min: expected a number > 0, got "0"',
      '--aht: expected a number > 0, got "x"',
      '--agents: expected an integer ≥ 1 and ≤ 10000, got "2.5"',
      '--hours is required',
      '--target-time is required',
      '--handling: expected exponential or lognormal, got "gamma"',
      '--handling-cv applies to --handling lognormal only',
      '--interval-minutes: expected 15 or 30, got 20',
    ]) expect(err).toContain(problem);
    expect(err).toContain('usage: switchboard simulate');
  });

  it('lists an unknown flag together with the other problems, exit 2', async () => {
    const { code, err } = await run(['simulate', ...small, '--agent', '3', '--seed', '-4']);
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--agent'");
    expect(err).toContain('--seed: expected an integer ≥ 0');
  });

  it('replays a call log next to the figures observed in it', async () => {
    const path = csv('ok.csv', [
      served('10:00:00', 0, '10:00:00', 120),
      served('10:00:30', 90, '10:02:00', 60),
      'AA0101,2,0,0,PS,1999-08-01,9:59:50,10:00:40,10,10:00:40,10:01:00,20,HANG,0:00:00,0:00:00,0,NO_SERVER',
    ]);
    const { code, out, err } = await run(['simulate', '--calls-csv', path, '--agents-from-data', '--target-time', '30']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ rows: 3, replayed: 3, targetSeconds: 30, staffing: { maxAgents: 1 } });
    expect(json.observed).toMatchObject({ served: 2, abandoned: 1, asaSeconds: 45 });
    expect(json.simulated.served).toEqual({ mean: 2, ci95: null });
    expect(json.simulated.asaSeconds.mean).toBe(45);
  });

  it('exits 1 with every malformed row on stderr, by line number', async () => {
    const path = csv('broken.csv', [served('10:00:00', 0, '10:00:00', 120), 'AA0101,1,0,0,PS,1999-08-01,25:00:00', served('10:00:30', -5, '10:02:00', 60)]);
    const { code, out, err } = await run(['simulate', '--calls-csv', path, '--agents-from-data']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`${path}:3: expected 17 fields, got 7`);
    expect(err).toContain(`${path}:4: q_time: expected a whole non-negative number of seconds, got "-5"`);
    expect(err).toContain('2 bad line(s)');
  });

  it('exits 1 when the file is missing', async () => {
    const { code, err } = await run(['simulate', '--calls-csv', join(dir, 'nope.csv'), '--agents-from-data']);
    expect(code).toBe(1);
    expect(err).toContain('nope.csv: no such file');
  });

  it('refuses model flags and a missing --agents-from-data with a call log, all at once', async () => {
    const { code, err } = await run(['simulate', '--calls-csv', 'x.csv', '--agents', '3', '--replications', '0']);
    expect(code).toBe(2);
    expect(err).toContain('--agents cannot be used with --calls-csv');
    expect(err).toContain('--agents-from-data is required with --calls-csv');
    expect(err).toContain('--replications: expected an integer ≥ 1 and ≤ 1000, got "0"');
  });
});

describe('switchboard demo', () => {
  it('prints a readable day report per client against target', async () => {
    const { code, out } = await run(['demo']);
    expect(code).toBe(0);
    expect(out).toContain('Fibrelink (internet provider)');
    expect(out).toContain('Parcelo (delivery company)');
    expect(out).toMatch(/service level \d+\.\d % ± \d+\.\d +target ≥ 80\.0 % within 20 s/);
    expect(out).not.toContain('{');
  });

  it('rejects a bad seed with exit 2', async () => {
    expect((await run(['demo', '--seed', 'abc'])).code).toBe(2);
  });
});
