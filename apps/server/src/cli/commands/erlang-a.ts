import { erlangA } from '@switchboard/domain';
import { AGENTS, collectFlags, LOAD_FLAGS, LOAD_USAGE, NumberFlags, readLoad, readPatience, type FlagSpec } from '../args';
import { EXIT_OK, printJson, type CliIo, type Command } from '../io';
import { DEFAULT_TARGET_SECONDS, LIMITS_USAGE, TARGET_TIME } from './erlang-c';

const FLAGS: FlagSpec = { ...LOAD_FLAGS, agents: { type: 'string' }, 'target-time': { type: 'string' }, patience: { type: 'string' } };

/** `switchboard erlang-a`: exact M/M/N+M figures (callers hang up after an exponential patience). */
export const erlangACommand: Command = {
  name: 'erlang-a',
  summary: 'Erlang A (callers abandon after a mean patience): exact wait, abandon, service level, ASA',
  usage: [
    `switchboard erlang-a ${LOAD_USAGE} --patience SECONDS --agents N [--target-time SECONDS]`,
    '       → { "traffic", "waitProbability", "abandonProbability", "serviceLevel", "asa", "meanWaitAllCalls", "occupancy" }',
    '       waitProbability, abandonProbability: over all arrivals. serviceLevel (DESIGN.md §5):',
    '       answered within target time (default 20 s) / (answered + abandoned after it).',
    '       asa: mean wait of answered calls; meanWaitAllCalls: over all arrivals, abandoned ones until they hang up.',
    '       --patience is the callers\' mean patience (exponential); --aht is required with --traffic.',
    LIMITS_USAGE,
  ].join('\n'),
  run(args: readonly string[], io: CliIo): number {
    const parsed = collectFlags(args, FLAGS);
    const flags = new NumberFlags(parsed.values, parsed.problems);
    const load = readLoad(flags, 'asa and serviceLevel');
    const patienceSeconds = readPatience(flags, load?.ahtSeconds, true);
    const agents = flags.require('agents', AGENTS);
    const targetSeconds = flags.read('target-time', TARGET_TIME) ?? DEFAULT_TARGET_SECONDS;
    flags.check();
    const { traffic, ahtSeconds } = load as { traffic: number; ahtSeconds: number };
    const a = erlangA({ traffic, agents: agents as number, ahtSeconds, targetSeconds, patienceSeconds: patienceSeconds as number });
    printJson(io, {
      traffic,
      waitProbability: a.waitProbability,
      abandonProbability: a.abandonProbability,
      serviceLevel: a.serviceLevel,
      asa: a.asa,
      meanWaitAllCalls: a.meanWaitAllCalls,
      occupancy: a.occupancy,
    });
    return EXIT_OK;
  },
};
