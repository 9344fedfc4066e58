import { describe, expect, it } from 'vitest';
import { erlangCByFactorials } from '@switchboard/domain/testing/reference-erlang';
import { runCli } from '../../testing/run-cli';

async function run(...argv: string[]) {
  const { code, stdout, stderr } = await runCli(['staff', ...argv]);
  return { code, json: stdout === '' ? undefined : (JSON.parse(stdout) as Record<string, unknown>), err: stderr };
}

// Independent reference: Erlang C's SL, 1 − C·e^{−(N − A)T/AHT}, with C from factorial sums.
function erlangCServiceLevel(a: number, n: number, aht: number, t: number): number {
  return 1 - erlangCByFactorials(a, n) * Math.exp((-(n - a) * t) / aht);
}

// M/M/N+M abandonment by direct summation of the birth–death chain (small loads).
function abandonProbability(a: number, n: number, g: number): number {
  let p = 1, total = 1, queue = 0;
  for (let k = 1; k < n || p > 1e-20; k += 1) {
    p *= a / (k <= n ? k : n + (k - n) * g);
    total += p;
    queue += Math.max(0, k - n) * p;
  }
  return (g * queue) / total / a;
}

describe('switchboard staff', () => {
  it('staffs 10 erlangs at 80 % in 20 s with 14 agents, 20 scheduled at 30 % shrinkage', async () => {
    const { code, json } = await run('--traffic', '10', '--aht', '180', '--service-level', '0.8', '--shrinkage', '0.3');
    expect(code).toBe(0);
    expect(erlangCServiceLevel(10, 13, 180, 20)).toBeLessThan(0.8);
    expect(erlangCServiceLevel(10, 14, 180, 20)).toBeGreaterThanOrEqual(0.8);
    expect(json).toMatchObject({ agents: 14, scheduledAgents: 20, model: 'erlang-c', traffic: 10, targetTime: 20, blocking: 0, abandonProbability: 0 });
    expect(json?.serviceLevel).toBeCloseTo(erlangCServiceLevel(10, 14, 180, 20), 12);
    for (const key of ['asa', 'occupancy', 'waitProbability']) expect(typeof json?.[key]).toBe('number');
  });

  it('meets an ASA target and an occupancy cap from calls over an interval', async () => {
    // 10 erlangs: ASA is 17.1 s with 13 agents and 7.8 s with 14; occupancy 10/N ≤ 0.6 needs 17.
    expect((await run('--calls', '100', '--interval', '1800', '--aht', '180', '--max-asa', '10')).json).toMatchObject({ agents: 14 });
    expect((await run('--calls', '100', '--interval', '1800', '--aht', '180', '--max-asa', '10', '--max-occupancy', '0.6')).json).toMatchObject({ agents: 17 });
  });

  it('uses Erlang A with --patience', async () => {
    const { json } = await run('--traffic', '3', '--aht', '60', '--patience', '30', '--max-abandon', '0.05');
    const g = 2;
    const smallest = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => abandonProbability(3, n, g) <= 0.05);
    expect(json).toMatchObject({ model: 'erlang-a', agents: smallest });
    expect(json?.abandonProbability).toBeCloseTo(abandonProbability(3, smallest as number, g), 12);
  });

  it('staffs a trunk with Erlang B (ITU table: 10 erlangs at 1 % need 18), --aht not needed', async () => {
    const { code, json } = await run('--model', 'erlang-b', '--traffic', '10', '--max-blocking', '0.01');
    expect(code).toBe(0);
    expect(json).toMatchObject({ agents: 18, scheduledAgents: 18, model: 'erlang-b', waitProbability: 0, serviceLevel: 1, asa: 0 });
  });

  it('staffs 12,000 erlangs', async () => {
    const { code, json } = await run('--traffic', '12000', '--aht', '180', '--target-time', '20', '--service-level', '0.8');
    expect(code).toBe(0);
    expect(json?.agents).toBeGreaterThan(12_000);
    expect(json?.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('fails with exit code 1 when no staffing meets the targets', async () => {
    const { code, err } = await run('--traffic', '10', '--aht', '180', '--max-occupancy', '1e-300');
    expect(code).toBe(1);
    expect(err).toContain('TARGET_UNREACHABLE');
  });

  it.each([
    [['--traffic', '10', '--aht', '180'], 'give at least one target'],
    [['--traffic', '10', '--service-level', '0.8'], '--aht is required with --traffic'],
    [['--traffic', '10', '--aht', '180', '--service-level', '80'], '--service-level: expected a number > 0 and < 1, got "80"'],
    [['--traffic', '10', '--aht', '180', '--service-level', '0.8', '--shrinkage', '1'], '--shrinkage: expected a number ≥ 0 and < 1, got "1"'],
    [['--traffic', '10', '--aht', '180', '--max-asa', '-3'], '--max-asa: expected a number > 0, got "-3"'],
    [['--traffic', '10', '--aht', '180', '--service-level', '0.8', '--model', 'erlang-x'], '--model: expected erlang-b, erlang-c or erlang-a, got "erlang-x"'],
    [['--traffic', '10', '--aht', '180', '--service-level', '0.8', '--model', 'erlang-a'], '--model erlang-a needs --patience'],
    [['--traffic', '10', '--aht', '180', '--service-level', '0.8', '--model', 'erlang-c', '--patience', '60'], '--patience means Erlang A'],
    [['--traffic', '10', '--aht', '180', '--max-abandon', '0.05'], '--max-abandon needs --patience'],
    [['--traffic', '10', '--aht', '180', '--max-blocking', '0.05'], '--max-blocking needs --model erlang-b'],
    [['--model', 'erlang-b', '--traffic', '10'], '--model erlang-b needs --max-blocking'],
    [['--model', 'erlang-b', '--traffic', '10', '--max-blocking', '0.01', '--service-level', '0.8'], '--service-level does not apply to --model erlang-b'],
    [['--calls', '100', '--aht', '180', '--service-level', '0.8'], '--interval is required'],
    [['--traffic', '10', '--interval', '1800', '--aht', '180', '--service-level', '0.8'], 'not both'],
    [['--traffic', '10', '--aht', '180', '--service-level', '0.8', 'now'], "Unexpected argument 'now'"],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { code, json, err } = await run(...args);
    expect(code).toBe(2);
    expect(json).toBeUndefined();
    expect(err).toContain(message);
    expect(err).toContain('usage: switchboard staff');
  });
});
