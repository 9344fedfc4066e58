// Erlang B: the blocking probability of an M/M/N/N loss system (blocked calls are lost).
// Computed with the recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), which never forms the
// A^N / N! of the textbook formula and so stays finite and accurate for tens of thousands of
// servers. Reference: ITU-T E.500 / Jagerman (1974), "Some properties of the Erlang loss function".

/** B(A, n) from B(A, n − 1): one step of the stable Erlang B recursion. */
export function nextErlangB(traffic: number, servers: number, previous: number): number {
  const carried = traffic * previous;
  return carried / (servers + carried);
}

/** Erlang B blocking probability for `traffic` erlangs offered to `servers` servers (O(servers)). */
export function erlangB(traffic: number, servers: number): number {
  assertTraffic(traffic);
  assertServers(servers);
  let blocking = 1;
  for (let n = 1; n <= servers; n += 1) blocking = nextErlangB(traffic, n, blocking);
  return blocking;
}

/** erlangBServers gives up past this many servers (then it throws rather than loop for ages). */
export const MAX_ERLANG_B_SERVERS = 10_000_000;

/**
 * Smallest number of servers whose Erlang B blocking is at most `maxBlocking` (O(servers)).
 * Throws a RangeError when more than MAX_ERLANG_B_SERVERS would be needed.
 */
export function erlangBServers(traffic: number, maxBlocking: number): number {
  assertTraffic(traffic);
  assertProbability(maxBlocking);
  let servers = 0;
  let blocking = 1;
  while (blocking > maxBlocking) {
    if (servers === MAX_ERLANG_B_SERVERS) {
      throw new RangeError(`erlangBServers: more than ${MAX_ERLANG_B_SERVERS} servers needed for ${traffic} erlangs at blocking ≤ ${maxBlocking}`);
    }
    servers += 1;
    blocking = nextErlangB(traffic, servers, blocking);
  }
  return servers;
}

/**
 * The offered traffic A at which `servers` servers block with probability `blocking`.
 * Newton's method on u = ln A for f(u) = ln B(e^u, N) − ln P. f is increasing and concave
 * (f'(u) = N − A(1 − B), the idle servers, falls as A grows), so after at most one step every
 * iterate lies left of the root and the iteration climbs to it monotonically and quadratically.
 */
export function erlangBTraffic(servers: number, blocking: number): number {
  assertServers(servers);
  if (servers === 0 || !(blocking > 0 && blocking < 1)) {
    throw new RangeError(`erlangBTraffic needs servers ≥ 1 and 0 < blocking < 1, got ${servers}, ${blocking}`);
  }
  const target = Math.log(blocking);
  // A(1 − B) ≤ N, so at A = N / (1 − P) the blocking is at least P: a start right of the root.
  // B ≤ A^N / N! and ln N! ≥ N ln N − N put the root right of ln P / N + ln N − 1. Where B
  // underflows (below 1e-300, flat in float) or a Newton step leaves this bracket, bisect instead.
  let hi = Math.log(servers / (1 - blocking));
  let lo = target / servers + Math.log(servers) - 1;
  let u = hi;
  for (let i = 0; i < 400 && hi - lo >= 1e-14; i += 1) {
    const traffic = Math.exp(u);
    const b = erlangB(traffic, servers);
    const f = Math.log(b) - target;
    const step = f / (servers - traffic * (1 - b));
    if (Math.abs(step) < 1e-13) {
      u -= step;
      break;
    }
    if (f > 0) hi = u;
    else lo = u;
    const newton = u - step;
    u = b > 1e-300 && newton > lo && newton < hi ? newton : (lo + hi) / 2;
  }
  return Math.exp(u);
}

function assertTraffic(traffic: number): void {
  if (!(traffic >= 0 && Number.isFinite(traffic))) throw new RangeError(`traffic must be a finite number ≥ 0, got ${traffic}`);
}

function assertServers(servers: number): void {
  if (!(Number.isInteger(servers) && servers >= 0)) throw new RangeError(`servers must be an integer ≥ 0, got ${servers}`);
}

function assertProbability(p: number): void {
  if (!(p > 0 && p <= 1)) throw new RangeError(`a blocking target must lie in (0, 1], got ${p}`);
}
