import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { erlangBByFactorials, erlangCByFactorials } from '@switchboard/domain/testing/reference-erlang';
import { runCli } from '../../testing/run-cli';

async function run(...argv: string[]) {
  const { code, stdout, stderr } = await runCli(argv);
  return { code, json: stdout === '' ? undefined : (JSON.parse(stdout) as Record<string, number | null>), err: stderr };
}


describe('switchboard erlang-b', () => {
  it('prints the blocking for a traffic and servers', async () => {
    const { code, json } = await run('erlang-b', '--traffic', '10', '--servers', '10');
    expect(code).toBe(0);
    expect(json?.blocking).toBeCloseTo(erlangBByFactorials(10, 10), 14);
  });

  it('prints the fewest servers for a blocking target (ITU table: 10 erlangs at 1 % need 18)', async () => {
    expect((await run('erlang-b', '--traffic', '10', '--max-blocking', '0.01')).json).toEqual({ servers: 18 });
    expect((await run('erlang-b', '--calls', '200', '--interval', '3600', '--aht', '180', '--max-blocking', '0.01')).json).toEqual({ servers: 18 });
  });

  it('prints the traffic servers carry at a blocking (ITU table: 10 servers at 1 % carry 4.4612 erlangs)', async () => {
    const { json } = await run('erlang-b', '--servers', '10', '--blocking', '0.01');
    expect(json?.traffic).toBeCloseTo(4.4612, 4);
  });

  it.each([
    [['--traffic', '10'], 'give a load with --servers N'],
    [['--traffic', '10', '--servers', '3', '--max-blocking', '0.1'], 'give a load with --servers N'],
    [['--traffic', '10', '--servers', '3', '--blocking', '0.1'], 'give a load with --servers N'],
    [['--servers', '3', '--blocking', '0.1', '--aht', '60'], '--aht only goes with a load'],
    [['--servers', '2.5', '--blocking', '1'], '--servers: expected an integer ≥ 1 and ≤ 1000000, got "2.5"\n  --blocking: expected a number > 0 and < 1, got "1"'],
    [['--traffic', '-4', '--servers', '3'], '--traffic: expected a number > 0 and ≤ 1000000, got "-4"'],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { code, json, err } = await run('erlang-b', ...args);
    expect(code).toBe(2);
    expect(json).toBeUndefined();
    expect(err).toContain(message);
    expect(err).toContain('usage: switchboard erlang-b');
  });

  it('runs as the real bin and prints JSON', () => {
    const bin = fileURLToPath(new URL('../../../../../bin/switchboard.mjs', import.meta.url));
    const stdout = execFileSync(process.execPath, [bin, 'erlang-b', '--traffic', '10', '--servers', '10'], { encoding: 'utf8' });
    expect(JSON.parse(stdout).blocking).toBeCloseTo(erlangBByFactorials(10, 10), 14);
  });
});

describe('switchboard erlang-c', () => {
  it('prints the figures of the classic 10-erlang example from calls, interval and AHT', async () => {
    const { code, json } = await run('erlang-c', '--calls', '100', '--interval', '1800', '--aht', '180', '--agents', '14');
    expect(code).toBe(0);
    const c = erlangCByFactorials(10, 14);
    expect(json?.traffic).toBe(10);
    expect(json?.waitProbability).toBeCloseTo(c, 12);
    expect(json?.serviceLevel).toBeCloseTo(1 - c * Math.exp((-4 * 20) / 180), 12); // default T = 20 s
    expect(json?.asa).toBeCloseTo((c * 180) / 4, 10);
    expect(json?.occupancy).toBeCloseTo(10 / 14, 14);
  });

  it('takes --traffic with --aht and a target time', async () => {
    const { json } = await run('erlang-c', '--traffic', '10', '--aht', '180', '--agents', '12', '--target-time', '0');
    expect(json?.serviceLevel).toBeCloseTo(1 - erlangCByFactorials(10, 12), 12);
  });

  it('prints asa null when the queue grows without bound', async () => {
    const { json } = await run('erlang-c', '--traffic', '10', '--aht', '180', '--agents', '10');
    expect(json).toEqual({ traffic: 10, waitProbability: 1, serviceLevel: 0, asa: null, occupancy: 1 });
  });

  it.each([
    [['--traffic', '10', '--agents', '12'], '--aht is required with --traffic'],
    [['--traffic', '10', '--aht', '180'], '--agents is required'],
    [['--traffic', '10', '--calls', '5', '--aht', '180', '--agents', '12'], 'not both'],
    [['--traffic', 'ten', '--aht', '180', '--agents', '12'], '--traffic: expected a number > 0 and ≤ 1000000, got "ten"'],
    [['--traffic', '10', '--aht', '180', '--agents', '12', '--target-time', '-1'], '--target-time: expected a number ≥ 0 and ≤ 86400, got "-1"'],
    [['--traffic', '10', '--aht', '180', '--agents', '12', '--colour', 'red'], "Unknown option '--colour'"],
    [['--traffic', '10', '--aht', '180', '--agents'], "Option '--agents <value>' argument missing"],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { code, err } = await run('erlang-c', ...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('lists every problem in one message', async () => {
    const { code, err } = await run('erlang-c', '--traffic', 'abc', '--agents', '-1', '--bogus', '4', '--target-time');
    expect(code).toBe(2);
    const problems = err.split('\nusage:')[0]?.split('\n  ');
    expect(problems).toEqual([
      "switchboard erlang-c: Unknown option '--bogus'",
      "Option '--target-time <value>' argument missing",
      '--traffic: expected a number > 0 and ≤ 1000000, got "abc"',
      '--aht is required with --traffic: asa and serviceLevel are in seconds',
      '--agents: expected an integer ≥ 1 and ≤ 1000000, got "-1"',
    ]);
  });
});

describe('switchboard erlang-a', () => {
  // M/M/1+M by direct summation: π_k ∝ Π_{j≤k} λ / (μ + (j − 1)γ); Pab = γ·E[Q] / λ.
  function mm1m(a: number, g: number) {
    let p = 1, total = 1, queue = 0;
    for (let k = 1; p > 1e-20 || k < 3; k += 1) {
      p *= a / (1 + (k - 1) * g);
      total += p;
      queue += (k - 1) * p;
    }
    return { waitProbability: 1 - 1 / total, abandonProbability: (g * queue) / total / a };
  }

  it('prints the exact M/M/1+M figures', async () => {
    const { code, json } = await run('erlang-a', '--traffic', '0.8', '--aht', '60', '--patience', '30', '--agents', '1', '--target-time', '20');
    expect(code).toBe(0);
    const want = mm1m(0.8, 2);
    expect(json?.waitProbability).toBeCloseTo(want.waitProbability, 12);
    expect(json?.abandonProbability).toBeCloseTo(want.abandonProbability, 12);
    expect(json?.occupancy).toBeCloseTo(0.8 * (1 - want.abandonProbability), 12);
    for (const key of ['serviceLevel', 'asa', 'meanWaitAllCalls']) expect(typeof json?.[key]).toBe('number');
  });

  it.each([
    [['--traffic', '10', '--aht', '180', '--agents', '12'], '--patience is required'],
    [['--traffic', '10', '--aht', '180', '--agents', '12', '--patience', '0'], '--patience: expected a number ≥ 0.001 and ≤ 86400, got "0"'],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { code, err } = await run('erlang-a', ...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('fails with exit code 1 when the queue tail is too long to sum exactly', async () => {
    const { code, err } = await run('erlang-a', '--traffic', '100000', '--aht', '1', '--agents', '1', '--patience', '10000');
    expect(code).toBe(1);
    expect(err).toContain('use Erlang C');
  });
});
