import { MAX_AGENTS, staff, type StaffingLoad, type StaffingTargets } from '@switchboard/domain';
import { collectFlags, LOAD_FLAGS, LOAD_USAGE, NumberFlags, readLoad, readPatience, type CliLoad, type FlagSpec } from '../args';
import { EXIT_FAILURE, EXIT_OK, printJson, type CliIo, type Command } from '../io';
import { DEFAULT_TARGET_SECONDS, LIMITS_USAGE, TARGET_TIME } from './erlang-c';

type Model = StaffingLoad['model'];

const FLAGS: FlagSpec = {
  ...LOAD_FLAGS,
  model: { type: 'string' },
  patience: { type: 'string' },
  'target-time': { type: 'string' },
  'service-level': { type: 'string' },
  'max-asa': { type: 'string' },
  'max-occupancy': { type: 'string' },
  'max-blocking': { type: 'string' },
  'max-abandon': { type: 'string' },
  shrinkage: { type: 'string' },
};
/** Staffing with Erlang A evaluates it ~40 times: 100,000 erlangs take about 1.5 s, a million 12 s. */
export const MAX_ERLANG_A_TRAFFIC = 100_000;
const FRACTION = { exclusiveMin: 0, exclusiveMax: 1 };
const QUEUE_TARGETS = ['service-level', 'max-asa', 'max-occupancy', 'max-abandon'];

/** `switchboard staff`: the fewest agents meeting every target, and the agents to schedule. */
export const staffCommand: Command = {
  name: 'staff',
  summary: 'agents needed for a load to meet service level, ASA, occupancy, abandon or blocking targets',
  usage: [
    `switchboard staff ${LOAD_USAGE} TARGETS [--shrinkage X] [--patience SECONDS | --model erlang-b]`,
    '       TARGETS: --service-level X [--target-time SECONDS, default 20]  --max-asa SECONDS  --max-occupancy X',
    '                --max-abandon X (needs --patience)   with --model erlang-b: --max-blocking P [--max-occupancy X]',
    '       → { "agents", "scheduledAgents", "serviceLevel", "asa", "occupancy", "waitProbability",',
    '           "abandonProbability", "blocking", "model", "traffic", "targetTime" }',
    '       Model: Erlang C by default; Erlang A (exact) with --patience (mean patience); --model erlang-b for',
    '       blocked-calls-lost trunks (--aht is then not needed with --traffic; serviceLevel 1 and asa 0: nobody waits).',
    '       serviceLevel is answered within T / (answered + abandoned after T) (DESIGN.md §5); asa is over',
    '       answered calls; scheduledAgents = ceil(agents / (1 − shrinkage)).',
    LIMITS_USAGE,
    `       With --patience the load is at most ${MAX_ERLANG_A_TRAFFIC} erlangs.`,
  ].join('\n'),
  run(args: readonly string[], io: CliIo): number {
    const parsed = collectFlags(args, FLAGS);
    const flags = new NumberFlags(parsed.values, parsed.problems);
    const model = pickModel(flags, parsed.values.model);
    const load = readLoad(flags, model === 'erlang-b' ? undefined : 'the service level and ASA');
    const patienceSeconds = readPatience(flags, load?.ahtSeconds, false);
    const targets = readTargets(flags, model);
    const shrinkage = flags.read('shrinkage', { min: 0, exclusiveMax: 1 }) ?? 0;
    if (model === 'erlang-a' && load !== undefined && load.traffic > MAX_ERLANG_A_TRAFFIC) {
      flags.fail(`with --patience (Erlang A) the load is at most ${MAX_ERLANG_A_TRAFFIC} erlangs, got ${load.traffic}: each step of the search sums the queue tail`);
    }
    flags.check();
    // check() passed: the load is known, with its AHT whenever the model needs one.
    const { traffic, ahtSeconds } = load as CliLoad;
    const staffing: StaffingLoad =
      model === 'erlang-b' ? { model, traffic }
      : model === 'erlang-a' ? { model, traffic, ahtSeconds: ahtSeconds as number, patienceSeconds: patienceSeconds as number }
      : { model: 'erlang-c', traffic, ahtSeconds: ahtSeconds as number };
    const result = staff(staffing, targets, shrinkage);
    if (!result.ok) {
      io.stderr.write(`switchboard staff: no staffing up to ${MAX_AGENTS} agents meets the targets (${result.code})\n`);
      return EXIT_FAILURE;
    }
    const { figures: f } = result;
    printJson(io, {
      agents: result.agents,
      scheduledAgents: result.scheduledAgents,
      serviceLevel: f.serviceLevel,
      asa: f.asa,
      occupancy: f.occupancy,
      waitProbability: f.waitProbability,
      abandonProbability: f.abandonProbability,
      blocking: f.blocking,
      model: staffing.model,
      traffic,
      targetTime: targets.targetSeconds,
    });
    return EXIT_OK;
  },
};

function pickModel(flags: NumberFlags, raw: string | boolean | undefined): Model | undefined {
  const patience = flags.has('patience');
  if (raw === undefined) return patience ? 'erlang-a' : 'erlang-c';
  if (raw !== 'erlang-b' && raw !== 'erlang-c' && raw !== 'erlang-a') {
    flags.fail(`--model: expected erlang-b, erlang-c or erlang-a, got ${JSON.stringify(raw)}`);
    return undefined;
  }
  if (raw === 'erlang-a' && !patience) flags.fail('--model erlang-a needs --patience SECONDS');
  if (raw !== 'erlang-a' && patience) flags.fail(`--patience means Erlang A; it does not go with --model ${raw}`);
  return raw;
}

function readTargets(flags: NumberFlags, model: Model | undefined): StaffingTargets {
  const serviceLevel = flags.read('service-level', FRACTION);
  const maxAsaSeconds = flags.read('max-asa', { exclusiveMin: 0 });
  const maxOccupancy = flags.read('max-occupancy', { exclusiveMin: 0, max: 1 });
  const maxBlocking = flags.read('max-blocking', FRACTION);
  const maxAbandon = flags.read('max-abandon', FRACTION);
  const targetSeconds = flags.read('target-time', TARGET_TIME) ?? DEFAULT_TARGET_SECONDS;
  if (model === 'erlang-b') {
    for (const name of [...QUEUE_TARGETS, 'target-time'].filter((n) => flags.has(n) && n !== 'max-occupancy')) {
      flags.fail(`--${name} does not apply to --model erlang-b: blocked calls are lost, nobody waits`);
    }
    if (!flags.has('max-blocking')) flags.fail('--model erlang-b needs --max-blocking P');
  } else if (model !== undefined) {
    if (flags.has('max-blocking')) flags.fail('--max-blocking needs --model erlang-b (the delay models block nobody)');
    if (model === 'erlang-c' && flags.has('max-abandon')) flags.fail('--max-abandon needs --patience: under Erlang C nobody abandons');
    if (!QUEUE_TARGETS.some((n) => flags.has(n))) {
      flags.fail('give at least one target: --service-level X, --max-asa SECONDS, --max-occupancy X or --max-abandon X');
    }
  }
  return {
    targetSeconds,
    ...(serviceLevel !== undefined && { serviceLevel }),
    ...(maxAsaSeconds !== undefined && { maxAsaSeconds }),
    ...(maxOccupancy !== undefined && { maxOccupancy }),
    ...(maxBlocking !== undefined && { maxBlocking }),
    ...(maxAbandon !== undefined && { maxAbandon }),
  };
}
