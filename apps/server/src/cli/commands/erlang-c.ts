import { erlangC } from '@switchboard/domain';
import { collectFlags, LOAD_FLAGS, LOAD_USAGE, NumberFlags, readLoad, type FlagSpec } from '../args';
import { EXIT_OK, printJson, type CliIo, type Command } from '../io';

const FLAGS: FlagSpec = { ...LOAD_FLAGS, agents: { type: 'string' }, 'target-time': { type: 'string' } };

/** The service level's T when --target-time is not given: the industry's "80/20" default. */
export const DEFAULT_TARGET_SECONDS = 20;

/** `switchboard erlang-c`: M/M/N figures for a load and a number of agents. */
export const erlangCCommand: Command = {
  name: 'erlang-c',
  summary: 'Erlang C (callers wait, never hang up): wait probability, service level, ASA, occupancy',
  usage: [
    `switchboard erlang-c ${LOAD_USAGE} --agents N [--target-time SECONDS]`,
    '       → { "traffic", "waitProbability", "serviceLevel", "asa", "occupancy" }',
    '       serviceLevel = P(wait ≤ target time), default 20 s; asa = mean wait in seconds over all calls;',
    '       --aht is required with --traffic because asa and serviceLevel are in seconds.',
    '       With traffic ≥ agents the queue grows without bound: waitProbability 1, serviceLevel 0, asa null.',
  ].join('\n'),
  run(args: readonly string[], io: CliIo): number {
    const parsed = collectFlags(args, FLAGS);
    const flags = new NumberFlags(parsed.values, parsed.problems);
    const load = readLoad(flags, 'asa and serviceLevel');
    const agents = flags.require('agents', { integer: true, min: 1 });
    const targetSeconds = flags.read('target-time', { min: 0 }) ?? DEFAULT_TARGET_SECONDS;
    flags.check();
    const { traffic, ahtSeconds } = load as { traffic: number; ahtSeconds: number };
    const figures = erlangC({ traffic, agents: agents as number, ahtSeconds, targetSeconds });
    printJson(io, { traffic, ...figures, asa: finiteOrNull(figures.asa) });
    return EXIT_OK;
  },
};

/** JSON has no Infinity: an unbounded wait prints as null. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
