import { erlangB, erlangBServers, erlangBTraffic } from '@switchboard/domain';
import { AGENTS, collectFlags, LOAD_FLAGS, MAX_CLI_AGENTS, MAX_CLI_TRAFFIC, NumberFlags, readLoad, type FlagSpec } from '../args';
import { EXIT_OK, printJson, type CliIo, type Command } from '../io';

const FLAGS: FlagSpec = {
  ...LOAD_FLAGS,
  servers: { type: 'string' },
  'max-blocking': { type: 'string' },
  blocking: { type: 'string' },
};
const PROBABILITY = { exclusiveMin: 0, exclusiveMax: 1 };
const SERVERS = AGENTS;

/** `switchboard erlang-b`: Erlang B blocking, the servers for a blocking target, or the traffic. */
export const erlangBCommand: Command = {
  name: 'erlang-b',
  summary: 'Erlang B (blocked calls are lost): blocking, servers for a target, or traffic for servers',
  usage: [
    'switchboard erlang-b LOAD --servers N            → { "blocking" }',
    '       switchboard erlang-b LOAD --max-blocking P       → { "servers" }  fewest servers blocking ≤ P',
    '       switchboard erlang-b --servers N --blocking P    → { "traffic" }  erlangs N servers block at P',
    '       LOAD is --traffic ERLANGS, or --calls C --interval SECONDS --aht SECONDS (traffic = C·AHT/interval)',
    `       Limits: N ≤ ${MAX_CLI_AGENTS}, LOAD ≤ ${MAX_CLI_TRAFFIC} erlangs, AHT 0.001 s to 1 day.`,
  ].join('\n'),
  run(args: readonly string[], io: CliIo): number {
    const parsed = collectFlags(args, FLAGS);
    const flags = new NumberFlags(parsed.values, parsed.problems);
    const byLoad = flags.has('traffic') || flags.has('calls') || flags.has('interval');
    const load = byLoad ? readLoad(flags) : undefined;
    const servers = flags.read('servers', SERVERS);
    const blocking = flags.read('blocking', PROBABILITY);
    const maxBlocking = flags.read('max-blocking', PROBABILITY);
    const mode = pickMode(flags, byLoad);
    flags.check();
    if (mode === 'traffic') printJson(io, { traffic: erlangBTraffic(servers as number, blocking as number) });
    else if (mode === 'blocking') printJson(io, { blocking: erlangB(load?.traffic as number, servers as number) });
    else printJson(io, { servers: erlangBServers(load?.traffic as number, maxBlocking as number) });
    return EXIT_OK;
  },
};

function pickMode(flags: NumberFlags, byLoad: boolean): 'blocking' | 'servers' | 'traffic' | undefined {
  const given = ['servers', 'max-blocking', 'blocking'].filter((name) => flags.has(name)).join(' ');
  if (byLoad && given === 'servers') return 'blocking';
  if (byLoad && given === 'max-blocking') return 'servers';
  if (!byLoad && given === 'servers blocking') {
    if (flags.has('aht')) flags.fail('--aht only goes with a load (--calls or --traffic)');
    return 'traffic';
  }
  flags.fail('give a load with --servers N (→ blocking) or --max-blocking P (→ servers), or --servers N --blocking P without a load (→ traffic)');
  return undefined;
}
