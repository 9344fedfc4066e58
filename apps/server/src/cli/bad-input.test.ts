import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BANK_HEADER } from '@switchboard/domain';
import { runCli } from '../testing/run-cli';

/** The problems a usage error lists, one a line, without the usage text after them. */
function problems(stderr: string): string[] {
  return (stderr.split('\nusage:')[0] ?? '').split('\n  ').map((line) => line.replace(/^switchboard [\w-]+: /, ''));
}

async function timed(args: string[]) {
  const start = performance.now();
  const result = await runCli(args);
  return { ...result, ms: performance.now() - start };
}

describe('caps on servers, agents and traffic (usage errors, exit 2)', () => {
  it.each([
    [['erlang-b', '--traffic', '10', '--servers', '1e15'], '--servers: expected an integer ≥ 1 and ≤ 1000000, got "1e15"'],
    [['erlang-b', '--servers', '1e12', '--blocking', '0.5'], '--servers: expected an integer ≥ 1 and ≤ 1000000, got "1e12"'],
    [['erlang-c', '--traffic', '10', '--aht', '180', '--agents', '1e12'], '--agents: expected an integer ≥ 1 and ≤ 1000000, got "1e12"'],
    [['erlang-b', '--traffic', '1e10', '--max-blocking', '0.01'], '--traffic: expected a number > 0 and ≤ 1000000, got "1e10"'],
    [['erlang-c', '--calls', '1e300', '--interval', '1e-300', '--aht', '180', '--agents', '5'],
      '--calls × --aht / --interval gives Infinity erlangs; expected a load > 0 and ≤ 1000000 erlangs'],
    [['erlang-c', '--calls', '1e9', '--interval', '1', '--aht', '180', '--agents', '5'],
      '--calls × --aht / --interval gives 180000000000 erlangs; expected a load > 0 and ≤ 1000000 erlangs'],
    [['erlang-c', '--calls', '1e-300', '--interval', '1e300', '--aht', '1', '--agents', '5'],
      '--calls × --aht / --interval gives 0 erlangs (too small to compute); expected a load > 0 erlangs'],
  ])('%j exits 2: %s', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(problems(stderr)).toEqual([message]);
  });

  it.each([
    [['erlang-b', '--traffic', '1000000', '--max-blocking', '1e-300']],
    [['erlang-b', '--traffic', '1000000', '--servers', '1000000']],
    [['erlang-b', '--servers', '1000000', '--blocking', '1e-300']],
    [['erlang-c', '--traffic', '999999', '--aht', '0.001', '--agents', '1000000', '--target-time', '86400']],
    [['erlang-a', '--traffic', '1000000', '--aht', '1', '--agents', '1000000', '--patience', '10000']],
    [['staff', '--traffic', '1000000', '--aht', '0.001', '--service-level', '0.999999']],
    [['staff', '--traffic', '1000000', '--model', 'erlang-b', '--max-blocking', '1e-300']],
  ])('runs the capped worst case %j in well under a few seconds', async (args) => {
    const { code, stdout, ms } = await timed(args);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/null|NaN/);
    expect(ms).toBeLessThan(3000);
  });
});

describe('AHT and patience bounds (usage errors, exit 2)', () => {
  it('rejects an AHT below a millisecond and a patience above a day', async () => {
    const { code, stderr } = await runCli(['erlang-a', '--traffic', '10', '--aht', '1e-300', '--agents', '11', '--patience', '1e300']);
    expect(code).toBe(2);
    expect(problems(stderr)).toEqual(['--aht: expected a number ≥ 0.001 and ≤ 86400, got "1e-300"', '--patience: expected a number ≥ 0.001 and ≤ 86400, got "1e300"']);
  });

  it('rejects a patience over 10,000 AHTs, in erlang-a and staff', async () => {
    const message = '--patience: expected at most 10000 × --aht (10000 s), got 20000';
    const a = await runCli(['erlang-a', '--traffic', '10', '--aht', '1', '--agents', '11', '--patience', '20000']);
    expect([a.code, problems(a.stderr)]).toEqual([2, [message]]);
    const s = await runCli(['staff', '--traffic', '10', '--aht', '1', '--service-level', '0.8', '--patience', '20000']);
    expect([s.code, problems(s.stderr)]).toEqual([2, [message]]);
  });

  it('staff with --patience (Erlang A) takes at most 100,000 erlangs', async () => {
    const { code, stderr } = await runCli(['staff', '--traffic', '1000000', '--aht', '1', '--service-level', '0.8', '--patience', '100']);
    expect(code).toBe(2);
    expect(problems(stderr)).toEqual(['with --patience (Erlang A) the load is at most 100000 erlangs, got 1000000: each step of the search sums the queue tail']);
  });

  it('staff with --patience 1e300 is a usage error, not an internal RangeError', async () => {
    const { code, stderr } = await runCli(['staff', '--traffic', '10', '--aht', '180', '--service-level', '0.8', '--patience', '1e300']);
    expect(code).toBe(2);
    expect(problems(stderr)).toEqual(['--patience: expected a number ≥ 0.001 and ≤ 86400, got "1e300"']);
  });

  it('erlang-a prints no null or NaN at the corners of the valid ranges', async () => {
    for (const [aht, patience] of [['0.001', '10'], ['0.001', '0.001'], ['86400', '86400'], ['86400', '0.001'], ['1', '10000']] as const) {
      for (const [traffic, agents] of [['1e-300', '1'], ['10', '11'], ['10', '1'], ['1000', '1000'], ['400', '1360']] as const) {
        for (const target of ['0', '86400']) {
          const { code, stdout } = await runCli(['erlang-a', '--traffic', traffic, '--aht', aht, '--agents', agents, '--patience', patience, '--target-time', target]);
          expect(code).toBe(0);
          expect(stdout, `${traffic} ${agents} ${aht} ${patience} ${target}`).not.toMatch(/null|NaN/);
        }
      }
    }
  });
});

describe('number syntax and repeated flags', () => {
  it.each([
    [['erlang-b', '--traffic', '0x10', '--servers', '3'], '--traffic: expected a number > 0 and ≤ 1000000, got "0x10"'],
    [['erlang-b', '--traffic', '10', '--servers', ' 3'], '--servers: expected an integer ≥ 1 and ≤ 1000000, got " 3"'],
    [['erlang-b', '--traffic', 'Infinity', '--servers', '3'], '--traffic: expected a number > 0 and ≤ 1000000, got "Infinity"'],
    [['erlang-c', '--traffic', '10', '--aht', '180', '--agents', '12', '--agents', '13'], '--agents given twice'],
    [['erlang-c', '--traffic=10', '--traffic=11', '--aht', '180', '--agents', '12'], '--traffic given twice'],
    [['simulate', '--calls-csv', 'x.csv', '--agents-from-data', '--agents-from-data'], '--agents-from-data given twice'],
  ])('%j exits 2: %s', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(problems(stderr)).toEqual([message]);
  });

  it('still takes decimals with an exponent', async () => {
    const { code, stdout } = await runCli(['erlang-b', '--traffic', '1.5e1', '--servers', '+2E1']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).blocking).toBeGreaterThan(0);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'switchboard-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('simulate bounds and empty paths', () => {
  const model = ['--aht', '60', '--agents', '2', '--target-time', '20'];
  it.each([
    [['simulate', '--rate-per-min', '1e9', '--hours', '1', ...model],
      '--rate-per-min × 60 × --hours gives 60000000000 expected arrivals per replication; expected at most 1000000'],
    [['simulate', '--rate-per-min', '10000', '--hours', '1', '--replications', '100', ...model],
      '--rate-per-min × 60 × --hours × --replications gives 60000000 expected arrivals; expected at most 10000000'],
    [['simulate', '--rate-per-min', '1', '--hours', '1', '--handling', 'lognormal', '--handling-cv', '1e300', ...model],
      '--handling-cv: expected a number > 0 and ≤ 10, got "1e300"'],
    [['simulate', '--calls-csv', '', '--agents-from-data'], '--calls-csv: expected a file path, got an empty string'],
    [['replay', ''], 'expected an event log file path, got an empty string'],
  ])('%j exits 2: %s', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(problems(stderr)).toEqual([message]);
  });

  it('rejects bank rows whose times disagree, by line, with exit 1', async () => {
    const path = join(dir, 'bad-times.csv');
    writeFileSync(path, [
      BANK_HEADER,
      'AA0101,1,0,0,PS,1999-08-01,9:59:50,10:00:00,10,10:00:00,10:00:30,30,AGENT,10:00:30,10:02:30,99999999999,AVI',
      'AA0101,2,0,0,PS,1999-08-01,9:59:50,10:00:00,10,10:05:00,10:00:30,30,AGENT,10:00:30,10:02:30,120,AVI',
      'AA0101,3,0,0,PS,1999-08-01,9:59:50,10:00:00,10,10:00:00,10:00:30,30,AGENT,10:00:30,10:02:30,120,',
      'AA0101,4,0,0,PS,1999-08-01,23:58:50,23:59:00,10,23:59:00,0:00:30,90,AGENT,0:00:30,0:02:30,121,AVI',
    ].join('\n'));
    const { code, stdout, stderr } = await runCli(['simulate', '--calls-csv', path, '--agents-from-data']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe([
      `${path}:2: ser_time 99999999999 disagrees with ser_exit − ser_start = 120 s`,
      `${path}:3: q_start 10:05:00 is after q_exit 10:00:30`,
      `${path}:4: server: an AGENT row needs a server name (or NO_SERVER)`,
      `switchboard simulate: 3 bad line(s) in ${path}; nothing was simulated`,
      '',
    ].join('\n'));
  });
});
