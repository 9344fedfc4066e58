import { simulate, SERVICE_LEVEL_FORMULA, type Estimate, type KpiEstimates } from '@switchboard/domain';
import { collectFlags, NumberFlags } from '../args';
import { EXIT_OK, type CliIo, type Command } from '../io';
import { DEMO_CLIENTS, DEMO_ORG, DEMO_QUEUES, DEMO_TEAMS, DEMO_WINDOW, demoScenario } from './demo-scenario';
import { clockOf } from './simulate-json';

const REPLICATIONS = 5;

/** `switchboard demo`: what `npm start` shows until the server exists — a simulated day, in words. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'a simulated day at a demo outsourcing floor: per-client service level, ASA and abandons against target',
  usage: 'switchboard demo [--seed X]  (a short human-readable report; for JSON use switchboard simulate)',
  run(args: readonly string[], io: CliIo): number {
    const parsed = collectFlags(args, { seed: { type: 'string' } });
    const flags = new NumberFlags(parsed.values, parsed.problems);
    const seed = flags.read('seed', { integer: true, min: 0, max: 2 ** 31 - 1000 }) ?? 1;
    flags.check();
    const summary = simulate(demoScenario(), { replications: REPLICATIONS, seed });
    io.stdout.write(demoReport(summary.byClient, summary.byQueue, summary.overall, summary.intervals, summary.seeds));
    return EXIT_OK;
  },
};

type Intervals = readonly { readonly startMs: number; readonly kpis: KpiEstimates }[];

function demoReport(
  byClient: Readonly<Record<string, KpiEstimates>>, byQueue: Readonly<Record<string, KpiEstimates>>, overall: KpiEstimates,
  intervals: Intervals, seeds: readonly number[],
): string {
  const lines = [
    `${DEMO_ORG}: one simulated day, ${clockOf(DEMO_WINDOW.openMs)}–${clockOf(DEMO_WINDOW.closeMs)}, through the real ACD`,
    `${REPLICATIONS} replications (seeds ${seeds[0]}–${seeds.at(-1)}); figures are means, ± the 95 % interval half-width.`,
    `Service level = ${SERVICE_LEVEL_FORMULA}.`,
    '',
  ];
  for (const client of DEMO_CLIENTS) {
    const k = byClient[client.id];
    if (k === undefined) continue;
    const slMet = (k.serviceLevel.mean ?? 0) >= client.targetRatio;
    const abandonMet = (k.abandonRate.mean ?? 0) < client.maxAbandonRate;
    lines.push(`${client.name} (${client.kind}): ${Math.round(k.offered.mean ?? 0)} calls offered, ASA ${secondsEst(k.asaSeconds)}`);
    lines.push(`  service level ${pctEst(k.serviceLevel).padEnd(14)} target ≥ ${pct(client.targetRatio)} within ${client.targetSeconds} s  ${verdict(slMet)}`);
    lines.push(`  abandoned     ${pctEst(k.abandonRate).padEnd(14)} target < ${pct(client.maxAbandonRate)}  ${' '.repeat(12)}${verdict(abandonMet)}`);
    for (const queue of DEMO_QUEUES.filter((x) => x.client === client.id)) {
      const qk = byQueue[queue.id];
      if (qk !== undefined) lines.push(`    ${queue.name.padEnd(20)} SL ${pct(qk.serviceLevel.mean)}  ASA ${secs(qk.asaSeconds.mean)}  abandoned ${pct(qk.abandonRate.mean)}`);
    }
    lines.push('');
  }
  const teams = Object.entries(DEMO_TEAMS).map(([name, n]) => `${name} ${n}`).join(', ');
  lines.push(`Agents: three teams rostered to the forecast (mean logged in: ${teams}), each on its own queue first`);
  lines.push(`and helping the others as a secondary group; occupancy ${pctEst(overall.occupancy)}.`);
  const worst = worstInterval(intervals);
  if (worst !== undefined) lines.push(`Hardest half hour: ${clockOf(worst.startMs)}, service level ${pct(worst.kpis.serviceLevel.mean)} over all queues.`);
  lines.push('', 'Try: switchboard simulate --rate-per-min 2.67 --aht 180 --agents 10 --hours 8 --target-time 20');
  return `${lines.join('\n')}\n`;
}

function worstInterval(intervals: Intervals) {
  return intervals.reduce<Intervals[number] | undefined>(
    (worst, i) => (i.kpis.serviceLevel.mean !== null && (worst === undefined || i.kpis.serviceLevel.mean < (worst.kpis.serviceLevel.mean ?? 1)) ? i : worst),
    undefined,
  );
}

const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');
const pct = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
const secs = (x: number | null): string => (x === null ? '–' : `${x.toFixed(1)} s`);
const half = (e: Estimate): number | null => (e.ci95 === null ? null : (e.ci95[1] - e.ci95[0]) / 2);
const pctEst = (e: Estimate): string => (half(e) === null ? pct(e.mean) : `${pct(e.mean)} ± ${((half(e) as number) * 100).toFixed(1)}`);
const secondsEst = (e: Estimate): string => (half(e) === null ? secs(e.mean) : `${secs(e.mean)} ± ${(half(e) as number).toFixed(1)}`);
