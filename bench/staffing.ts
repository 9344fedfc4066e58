// npm run bench:staffing — how long the staffing math takes at very large loads (issue: "exact and
// fast at 12,000 erlangs"). Prints one JSON object: the median and worst milliseconds per call.
import { erlangA, erlangBServers, erlangBTraffic, erlangC, staff } from '../packages/domain/src/index';
import { commit } from './commit';

const TRAFFIC = 12_000;
const AHT = 180;
const RUNS = 30;

function time(run: () => unknown): { medianMs: number; maxMs: number } {
  for (let i = 0; i < 3; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { medianMs: round(samples[Math.floor(RUNS / 2)] as number), maxMs: round(samples[RUNS - 1] as number) };
}

const agents = 12_100;
console.log(JSON.stringify({
  traffic: TRAFFIC,
  erlangBServersMs: time(() => erlangBServers(TRAFFIC, 0.01)),
  erlangBTrafficMs: time(() => erlangBTraffic(agents, 0.01)),
  erlangCMs: time(() => erlangC({ traffic: TRAFFIC, agents, ahtSeconds: AHT, targetSeconds: 20 })),
  erlangAMs: time(() => erlangA({ traffic: TRAFFIC, agents, ahtSeconds: AHT, targetSeconds: 20, patienceSeconds: 120 })),
  staffErlangCMs: time(() => staff({ model: 'erlang-c', traffic: TRAFFIC, ahtSeconds: AHT }, { targetSeconds: 20, serviceLevel: 0.8 })),
  staffErlangAMs: time(() => staff({ model: 'erlang-a', traffic: TRAFFIC, ahtSeconds: AHT, patienceSeconds: 120 }, { targetSeconds: 20, serviceLevel: 0.8, maxAbandon: 0.03 })),
  commit: commit(),
}));
