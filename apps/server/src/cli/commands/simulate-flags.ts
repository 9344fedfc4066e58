import type { NumberFlags } from '../args';

/** The flags both `simulate` modes share: --replications, --seed, --interval-minutes (15 or 30). */
export function readCommon(flags: NumberFlags, defaultReplications: number): { replications: number; seed: number; intervalMinutes: number } {
  const replications = flags.read('replications', { integer: true, min: 1, max: 1000 }) ?? defaultReplications;
  const seed = flags.read('seed', { integer: true, min: 0, max: 2 ** 31 - 1000 }) ?? 1;
  const interval = flags.read('interval-minutes', { integer: true, min: 1 });
  if (interval !== undefined && interval !== 15 && interval !== 30) flags.fail(`--interval-minutes: expected 15 or 30, got ${interval}`);
  return { replications, seed, intervalMinutes: interval ?? 30 };
}
