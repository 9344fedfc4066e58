import { erlangC } from '@switchboard/domain';
import { AGENTS, collectFlags, LOAD_FLAGS, LOAD_USAGE, MAX_CLI_AGENTS, MAX_CLI_TRAFFIC, NumberFlags, readLoad, SECONDS, type FlagSpec } from '../args';
import { EXIT_OK, printJson, type CliIo, type Command } from '../io';

const FLAGS: FlagSpec = { ...LOAD_FLAGS, agents: { type: 'string' }, 'target-time': { type: 'string' } };

/** The service level's T when --target-time is not given: the industry's "80/20" default. */
export const DEFAULT_TARGET_SECONDS = 20;
/** --target-time: 0 up to a day. */
export const TARGET_TIME = { min: 0, max: SECONDS.max } as const;
/** The limits every Erlang command documents in its usage. */
export const LIMITS_USAGE = `       Limits: agents ≤ ${MAX_CLI_AGENTS}, traffic ≤ ${MAX_CLI_TRAFFIC} erlangs; AHT, patience 0.001 s to 1 day (patience ≤ 10000 × AHT), target time ≤ 1 day.`;

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
    LIMITS_USAGE,
  ].join('\n'),
  run(args: readonly string[], io: CliIo): number {
    const parsed = collectFlags(args, FLAGS);
    const flags = new NumberFlags(parsed.values, parsed.problems);
    const load = readLoad(flags, 'asa and serviceLevel');
    const agents = flags.require('agents', AGENTS);
    const targetSeconds = flags.read('target-time', TARGET_TIME) ?? DEFAULT_TARGET_SECONDS;
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
