import { bankReplay, parseBankCalls, SERVICE_LEVEL_FORMULA, type BankReplayResult } from '@switchboard/domain';
import type { NumberFlags } from '../args';
import { readInputFile, reportLineErrors } from '../input-file';
import { EXIT_FAILURE, EXIT_OK, printJson, type CliIo } from '../io';
import { readCommon } from './simulate-flags';
import { estimateJson, kpisJson, roundOrNull } from './simulate-json';

/** The service level's T when --target-time is not given with --calls-csv. */
const DEFAULT_TARGET_SECONDS = 20;

/**
 * `switchboard simulate --calls-csv PATH --agents-from-data`: replays the Anonymous Bank log.
 * Bad flags were collected in `flags` (checked here, exit 2); an unreadable or malformed file
 * exits 1 with every bad line on stderr as PATH:LINE: message.
 */
export async function runCallsCsv(path: string, flags: NumberFlags, withIntervals: boolean, io: CliIo): Promise<number> {
  const targetSeconds = flags.read('target-time', { min: 0 }) ?? DEFAULT_TARGET_SECONDS;
  const common = readCommon(flags, 1);
  flags.check();
  const text = await readInputFile(io, 'simulate', path);
  if (text === undefined) return EXIT_FAILURE;
  const parsed = parseBankCalls(text);
  if (!parsed.ok) {
    reportLineErrors(io, 'simulate', path, parsed.errors, parsed.errorCount, 'nothing was simulated');
    return EXIT_FAILURE;
  }
  const result = bankReplay(parsed.value, {
    targetSeconds, intervalMs: common.intervalMinutes * 60_000, replications: common.replications, seed: common.seed,
  });
  printJson(io, replayJson(path, result, { targetSeconds, ...common }, withIntervals));
  return EXIT_OK;
}

type Settings = { targetSeconds: number; replications: number; seed: number; intervalMinutes: number };

function replayJson(path: string, r: BankReplayResult, settings: Settings, withIntervals: boolean) {
  const sim = r.simulated.overall;
  const iso = (ms: number): string => new Date(r.originMs + ms).toISOString().slice(0, 16).replace('T', ' ');
  return {
    source: path,
    rows: r.rows,
    replayed: r.replayed,
    excluded: r.excluded,
    staffing: {
      inferredFrom: `distinct servers whose service overlaps each ${settings.intervalMinutes}-minute interval`,
      maxAgents: r.staffing.maxAgents,
      agentHours: r.staffing.agentHours,
    },
    ...settings,
    serviceLevelFormula: SERVICE_LEVEL_FORMULA,
    observed: {
      served: r.observed.answered,
      abandoned: r.observed.abandoned,
      asaSeconds: roundOrNull(r.observed.asaSeconds),
      serviceLevel: roundOrNull(r.observed.serviceLevel),
      abandonRate: roundOrNull(r.observed.abandonRate),
      ahtSeconds: roundOrNull(r.observed.ahtSeconds),
    },
    simulated: {
      served: estimateJson(sim.answered),
      abandoned: estimateJson(sim.abandoned),
      asaSeconds: estimateJson(sim.asaSeconds),
      serviceLevel: estimateJson(sim.serviceLevel),
      abandonRate: estimateJson(sim.abandonRate),
      ahtSeconds: estimateJson(sim.ahtSeconds),
      occupancy: estimateJson(sim.occupancy),
      unresolved: estimateJson(r.simulated.unresolved),
    },
    ...(withIntervals
      ? { intervals: r.simulated.intervals.map((i, n) => ({ start: iso(i.startMs), agents: r.staffing.perInterval[n] ?? 0, ...kpisJson(i.kpis) })) }
      : {}),
  };
}
