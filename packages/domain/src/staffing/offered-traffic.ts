/** How a load is given: traffic in erlangs, or a call count over an interval with its AHT. */
export type OfferedLoad =
  | { readonly traffic: number }
  | { readonly calls: number; readonly intervalSeconds: number; readonly ahtSeconds: number };

/** Offered traffic A in erlangs: the given traffic, or calls × AHT / interval. */
export function offeredTraffic(load: OfferedLoad): number {
  if ('traffic' in load) return load.traffic;
  return (load.calls * load.ahtSeconds) / load.intervalSeconds;
}
