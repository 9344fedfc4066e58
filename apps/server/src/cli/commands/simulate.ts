import {
  clientId, exponential, lognormalCv, queueId, simulate, SERVICE_LEVEL_FORMULA, type Distribution, type SimulationConfig,
} from '@switchboard/domain';
import { collectFlags, NumberFlags, type FlagSpec } from '../args';
import { EXIT_OK, printJson, type CliIo, type Command } from '../io';
import { runCallsCsv } from './simulate-calls-csv';
import { readCommon } from './simulate-flags';
import { clockOf, kpisJson } from './simulate-json';

const FLAGS: FlagSpec = {
  'rate-per-min': { type: 'string' },
  aht: { type: 'string' },
  agents: { type: 'string' },
  hours: { type: 'string' },
  patience: { type: 'string' },
  replications: { type: 'string' },
  seed: { type: 'string' },
  'interval-minutes': { type: 'string' },
  handling: { type: 'string' },
  'handling-cv': { type: 'string' },
  'target-time': { type: 'string' },
  'warm-up-minutes': { type: 'string' },
  intervals: { type: 'boolean' },
  'calls-csv': { type: 'string' },
  'agents-from-data': { type: 'boolean' },
};

/** Expected arrivals one replication may hold in memory: 2 million took over 2 GB and minutes. */
export const MAX_ARRIVALS_PER_REPLICATION = 1_000_000;
/** Expected arrivals over all replications (about 30,000 are simulated a second). */
export const MAX_ARRIVALS_TOTAL = 10_000_000;

const MODEL_FLAGS = ['rate-per-min', 'aht', 'agents', 'hours', 'patience', 'handling', 'handling-cv', 'warm-up-minutes'];

const USAGE = [
  'switchboard simulate --rate-per-min R --aht SECONDS --agents N --hours H --target-time SECONDS',
  '         [--patience SECONDS] [--replications K] [--seed X] [--interval-minutes 15|30]',
  '         [--handling exponential|lognormal] [--handling-cv X] [--warm-up-minutes W] [--intervals]',
  '       switchboard simulate --calls-csv PATH --agents-from-data [--target-time SECONDS] [--replications K] [--seed X]',
  '         [--interval-minutes 15|30] [--intervals]',
  '  Runs the real ACD on simulated traffic: Poisson arrivals, one queue, N agents ready from the start.',
  '  --patience: mean of an exponential patience (default: callers never hang up). --handling: talk-time',
  '  distribution with mean --aht (default exponential; lognormal takes --handling-cv, default 1).',
  '  Replication i uses seed + i (default seed 1, 10 replications). Prints one JSON object: every KPI as',
  '  { mean, ci95 } (Student t, df = K − 1); --intervals adds them per interval (by arrival time).',
  '  --warm-up-minutes: arrivals before it are simulated but not counted (steady-state comparisons).',
  '  With --calls-csv: replays the Anonymous Bank call log (real arrivals, service times and hang-ups, agents',
  '  per interval as seen in the data) and prints simulated next to observed figures (T default 20 s).',
  '  A malformed CSV exits 1 with line-numbered errors on stderr; bad flags exit 2.',
  `  Limits: rate × 60 × hours ≤ ${MAX_ARRIVALS_PER_REPLICATION} expected arrivals per replication and ≤ ${MAX_ARRIVALS_TOTAL}`,
  '  over all replications; --handling-cv ≤ 10.',
].join('\n');

/** `switchboard simulate`: the discrete-event simulator around the ACD. */
export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'simulate traffic through the real ACD (or replay a call log) and print KPIs with 95 % intervals',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, problems } = collectFlags(args, FLAGS);
    const flags = new NumberFlags(values, problems);
    if (values['calls-csv'] !== undefined) {
      for (const name of MODEL_FLAGS) if (values[name] !== undefined) flags.fail(`--${name} cannot be used with --calls-csv (the log gives the traffic)`);
      if (values['calls-csv'] === '') flags.fail('--calls-csv: expected a file path, got an empty string');
      if (values['agents-from-data'] !== true) flags.fail('--agents-from-data is required with --calls-csv (the only staffing a replay has)');
      return runCallsCsv(values['calls-csv'] as string, flags, values.intervals === true, io);
    }
    if (values['agents-from-data'] === true) flags.fail('--agents-from-data needs --calls-csv');
    const common = readCommon(flags, 10);
    const model = readModel(flags, values, common.intervalMinutes);
    if (model !== undefined) checkArrivals(flags, model.echo.ratePerMinute, model.echo.hours, common.replications);
    flags.check();
    const { config, echo } = model as ModelOf;
    const summary = simulate(config, common);
    printJson(io, {
      model: { ...echo, replications: common.replications, seed: common.seed },
      serviceLevelFormula: SERVICE_LEVEL_FORMULA,
      kpis: kpisJson(summary.overall),
      ...(values.intervals === true ? { intervals: summary.intervals.map((i) => ({ start: clockOf(i.startMs), ...kpisJson(i.kpis) })) } : {}),
    });
    return EXIT_OK;
  },
};

/** Expected arrivals, rate × 60 × hours, bounded per replication and over all of them. */
function checkArrivals(flags: NumberFlags, ratePerMinute: number, hours: number, replications: number): void {
  const perReplication = ratePerMinute * 60 * hours;
  if (perReplication > MAX_ARRIVALS_PER_REPLICATION) {
    flags.fail(`--rate-per-min × 60 × --hours gives ${perReplication} expected arrivals per replication; expected at most ${MAX_ARRIVALS_PER_REPLICATION}`);
  } else if (perReplication * replications > MAX_ARRIVALS_TOTAL) {
    flags.fail(`--rate-per-min × 60 × --hours × --replications gives ${perReplication * replications} expected arrivals; expected at most ${MAX_ARRIVALS_TOTAL}`);
  }
}

type ModelOf = { config: SimulationConfig; echo: Record<string, unknown> & { ratePerMinute: number; hours: number } };

type Values = Readonly<Record<string, string | boolean | undefined>>;

function readModel(flags: NumberFlags, values: Values, intervalMinutes: number): ModelOf | undefined {
  const positive = { exclusiveMin: 0 };
  const ratePerMinute = flags.require('rate-per-min', positive);
  const ahtSeconds = flags.require('aht', positive);
  const agents = flags.require('agents', { integer: true, min: 1, max: 10_000 });
  const hours = flags.require('hours', { exclusiveMin: 0, max: 24 * 366 });
  const targetSeconds = flags.require('target-time', { min: 0 });
  const patienceSeconds = flags.read('patience', positive);
  const warmUpMinutes = flags.read('warm-up-minutes', { min: 0 }) ?? 0;
  const handling = values.handling ?? 'exponential';
  if (handling !== 'exponential' && handling !== 'lognormal') flags.fail(`--handling: expected exponential or lognormal, got ${JSON.stringify(handling)}`);
  if (handling !== 'lognormal' && flags.has('handling-cv')) flags.fail('--handling-cv applies to --handling lognormal only');
  const cv = flags.read('handling-cv', { exclusiveMin: 0, max: 10 }) ?? 1;
  if (hours !== undefined && warmUpMinutes >= hours * 60) flags.fail(`--warm-up-minutes must be shorter than --hours (${hours * 60} minutes)`);
  if (ratePerMinute === undefined || ahtSeconds === undefined || agents === undefined || hours === undefined || targetSeconds === undefined) return undefined;
  const handlingMs: Distribution = handling === 'lognormal' ? lognormalCv(ahtSeconds * 1000, cv) : exponential(ahtSeconds * 1000);
  const queue = queueId('que_sim');
  const config: SimulationConfig = {
    queues: [{ id: queue, clientId: clientId('cli_sim'), strategy: 'longest-idle', targetSeconds }],
    groups: [{ id: 'sim', count: agents, memberships: [{ queueId: queue, level: 1 }] }],
    streams: [{ queueId: queue, rate: { kind: 'constant', perMinute: ratePerMinute }, handlingMs, patienceMs: patienceSeconds === undefined ? null : exponential(patienceSeconds * 1000) }],
    horizonMs: hours * 3_600_000,
    warmUpMs: warmUpMinutes * 60_000,
    intervalMs: intervalMinutes * 60_000,
  };
  const echo = {
    ratePerMinute, ahtSeconds, agents, hours, offeredErlangs: (ratePerMinute * ahtSeconds) / 60, patienceSeconds: patienceSeconds ?? null,
    handling: handling === 'lognormal' ? { distribution: 'lognormal', cv } : { distribution: 'exponential' },
    targetSeconds, intervalMinutes, warmUpMinutes,
  };
  return { config, echo };
}
