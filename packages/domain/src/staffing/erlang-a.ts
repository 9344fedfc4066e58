// Erlang A: the M/M/N+M queue (Palm 1943): Poisson arrivals λ, exponential handling 1/μ = AHT,
// N agents, FCFS, and exponential patience with mean θ (γ = 1/θ). The birth–death chain on the
// number in system k has birth rate λ and death rate kμ (k ≤ N) or Nμ + (k − N)γ (k > N).
// References: Garnett, Mandelbaum & Reiman, "Designing a call center with impatient customers",
// MSOM 4(3), 2002, §2–3; Zeltyn & Mandelbaum, "Call centers with impatient customers: many-server
// asymptotics of the M/M/n+G queue", Queueing Systems 51, 2005 (the M/M/n+M special case).
//
// Exact, not asymptotic. Relative to π_N, Σ_{k≤N} π_k / π_N = 1 / B(A, N) (Erlang B, computed
// stably) and π_{N+m+1} / π_{N+m} = A / (N + (m + 1)g) with A = λ/μ and g = γ/μ; the tail is summed
// until the rest is below 1e-16 of the total, rescaling when an overloaded tail grows.
//
// A call arriving to N + m in system (m waiting; probability π_{N+m} by PASTA) waits in stages
// i = m, m − 1, …, 0 (i calls ahead). A stage ends at rate Nμ + iγ (a service completion or an
// abandonment ahead moves it up; at i = 0 it is answered), while its own patience runs at rate γ:
// - P(answered) = Π_i (Nμ + iγ) / (Nμ + (i + 1)γ) = Nμ / (Nμ + (m + 1)γ) (the product telescopes);
// - the stage times are independent of which exponential wins, so on the answered path the wait is
//   a sum of Exp(γ(c + i + 1)), i = 0..m, with c = Nμ/γ, and the mean queue time over all arrivals
//   is (m + 1) / (Nμ + (m + 1)γ);
// - ignoring its own patience the call would be answered after W = Σ Exp(γ(c + i)), i = 0..m.
// Sums of exponentials with arithmetic rates γ(r), …, γ(r + n − 1) are −ln Beta(r, n) / γ, so
// P(sum ≤ T) = P(X ≥ n) for X negative binomial(r, e^{−γT}) (see negative-binomial-cdf.ts), and
//   P(answered within T)  = Nμ/(Nμ + (m + 1)γ) · P(X_{c+1} ≥ m + 1),
//   P(abandoned within T) = P(τ ≤ T) − P(W < τ ≤ T) = p − P(answered within T) + q·P(X_c ≥ m + 1),
// using P(W < τ ≤ T) = E[1{W ≤ T}(e^{−γW} − e^{−γT})], with q = e^{−γT} and p = 1 − q.
import { erlangB } from './erlang-b';
import type { ErlangCInput } from './erlang-c';
import { NegativeBinomialCdf } from './negative-binomial-cdf';

/** Erlang C's input plus the callers' mean patience. */
export type ErlangAInput = ErlangCInput & { readonly patienceSeconds: number };

/** Exact steady-state figures of the M/M/N+M queue; each says which calls it is over. */
export type ErlangAFigures = {
  /** P(an arriving call has to wait), over all arrivals. */
  readonly waitProbability: number;
  /** P(an arriving call abandons), over all arrivals; equals γ·E[queue length] / λ. */
  readonly abandonProbability: number;
  /** DESIGN.md §5: answered within T / (answered + abandoned after T); abandoned within T excluded. */
  readonly serviceLevel: number;
  /** Mean wait in seconds over answered calls (Σ wait of answered / answered), as in DESIGN.md §5. */
  readonly asa: number;
  /** Mean time in queue in seconds over all arrivals, abandoned callers counted until they hang up. */
  readonly meanWaitAllCalls: number;
  /** Mean busy agents / N = A·(1 − abandonProbability) / N. */
  readonly occupancy: number;
  /** Mean number of calls waiting. */
  readonly meanQueueLength: number;
  /** Mean number of busy agents, summed over the states (flow balance: A·(1 − abandonProbability)). */
  readonly meanBusyAgents: number;
};

type TailSums = { mass: number; queue: number; abandon: number; answeredInT: number; abandonedInT: number; answeredWait: number; queueTime: number };

const RESCALE_ABOVE = 1e250;
const MAX_STATES = 50_000_000;

/** Exact Erlang A figures for `agents` agents. */
export function erlangA(input: ErlangAInput): ErlangAFigures {
  const { traffic, agents, ahtSeconds, targetSeconds, patienceSeconds } = input;
  if (!(traffic >= 0 && Number.isInteger(agents) && agents >= 1 && ahtSeconds > 0 && targetSeconds >= 0 && patienceSeconds > 0)) {
    throw new RangeError('erlangA needs traffic ≥ 0, integer agents ≥ 1, aht > 0, target time ≥ 0 and patience > 0');
  }
  const g = ahtSeconds / patienceSeconds;
  if (expectedStates(traffic, agents, g) > MAX_STATES) {
    throw new RangeError('erlangA: patience too long for this overload (queue tail over 50 million states); use Erlang C');
  }
  const blocking = erlangB(traffic, agents);
  const head = (1 - blocking) / blocking; // Σ_{k<N} π_k / π_N
  if (!Number.isFinite(head)) return noQueue(traffic, agents);
  const { sums, headScaled } = sumTail(traffic, agents, g, targetSeconds / ahtSeconds, head);
  const z = headScaled + sums.mass; // = σ / π_N, σ the rescaling factor
  const abandonProbability = sums.abandon / z;
  const answered = 1 - abandonProbability;
  const answeredInT = (headScaled + sums.answeredInT) / z;
  const abandonedInT = sums.abandonedInT / z;
  // Σ_{k<N} k·π_k = (headScaled / head)·(A(1 − B) − N·B) / B / z, without overflow when B nears underflow.
  const belowN = (headScaled / z) * (traffic - agents / head);
  return {
    waitProbability: sums.mass / z,
    abandonProbability,
    serviceLevel: clamp01(answeredInT / (1 - abandonedInT)),
    asa: (sums.answeredWait / z / answered) * ahtSeconds,
    meanWaitAllCalls: (sums.queueTime / z) * ahtSeconds,
    occupancy: Math.min(1, (traffic * answered) / agents), // ≤ 1 exactly; rounding can overshoot
    meanQueueLength: sums.queue / z,
    meanBusyAgents: belowN + (agents * sums.mass) / z,
  };
}

// Sums over m = 0, 1, … of π_{N+m}/π_N (times σ) weighted by each per-state figure; times in AHT.
function sumTail(traffic: number, agents: number, g: number, tau: number, head: number): { sums: TailSums; headScaled: number } {
  const c = agents / g;
  const answeredCdf = new NegativeBinomialCdf(c + 1, g * tau);
  const virtualCdf = new NegativeBinomialCdf(c, g * tau);
  const q = Math.exp(-g * tau);
  const p = -Math.expm1(-g * tau);
  const sums: TailSums = { mass: 0, queue: 0, abandon: 0, answeredInT: 0, abandonedInT: 0, answeredWait: 0, queueTime: 0 };
  let headScaled = head;
  let weight = 1;
  let pathWait = 0;
  for (let m = 0; ; m += 1) {
    const exit = agents + (m + 1) * g; // total rate out of a stage, in units of μ
    pathWait += 1 / exit;
    const answeredShare = agents / exit;
    const answeredInT = answeredShare * (1 - answeredCdf.value);
    sums.mass += weight;
    sums.queue += m * weight;
    sums.abandon += (weight * (m + 1) * g) / exit;
    sums.answeredInT += weight * answeredInT;
    sums.abandonedInT += weight * Math.max(0, p - answeredInT + q * (1 - virtualCdf.value));
    sums.answeredWait += weight * answeredShare * pathWait;
    sums.queueTime += (weight * (m + 1)) / exit;
    const ratio = traffic / exit; // π_{N+m+1} / π_{N+m}
    if (ratio < 1 && (weight * ratio) / (1 - ratio) < 1e-16 * (headScaled + sums.mass)) break;
    weight *= ratio;
    answeredCdf.advance();
    virtualCdf.advance();
    if (weight > RESCALE_ABOVE) {
      const f = 1 / RESCALE_ABOVE;
      weight *= f;
      headScaled *= f;
      for (const key of Object.keys(sums) as (keyof TailSums)[]) sums[key] *= f;
    }
  }
  return { sums, headScaled };
}

// A rough count of the states the tail sum visits: up to the peak (A − N)/g when overloaded,
// then a Gaussian-like decay of width √(A/g), or a geometric one at ratio A/N.
function expectedStates(traffic: number, agents: number, g: number): number {
  const climb = traffic > agents ? (traffic - agents) / g : 0;
  const gaussian = Math.sqrt((80 * traffic) / g);
  const geometric = traffic < agents ? 40 / Math.log(agents / traffic) : Infinity;
  return climb + Math.min(gaussian, geometric);
}

function noQueue(traffic: number, agents: number): ErlangAFigures {
  return {
    waitProbability: 0, abandonProbability: 0, serviceLevel: 1, asa: 0, meanWaitAllCalls: 0,
    occupancy: traffic / agents, meanQueueLength: 0, meanBusyAgents: traffic,
  };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
