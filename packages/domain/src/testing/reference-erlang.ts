// Erlang B and C from their textbook definitions with factorial sums: slow, only for small N, and
// written independently of src/staffing, so tests can check the fast, stable code against them.

/** Erlang B: (A^N/N!) / Σ_{k≤N} A^k/k!. */
export function erlangBByFactorials(a: number, n: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= n; k += 1) {
    term *= a / k;
    sum += term;
  }
  return term / sum;
}

/** Erlang C: (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)), for A < N. */
export function erlangCByFactorials(a: number, n: number): number {
  let term = 1;
  let below = 0;
  for (let k = 0; k < n; k += 1) {
    below += term;
    term *= a / (k + 1);
  }
  const waiting = (term * n) / (n - a);
  return waiting / (below + waiting);
}
