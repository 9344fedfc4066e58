import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/** Outputs dropped after seeding: the first ones are still poorly mixed. */
const WARM_UP_DRAWS = 16;

/**
 * A seeded xoroshiro128+ generator, the one source of randomness of the pure code (the ACD's random
 * strategy, the simulator). pure-rand seeds xoroshiro from 32 bits, leaving most of the state
 * constant, so small neighbouring seeds (1, 2, 3 …) start with nearly equal outputs — the first
 * uniform is ≈ 1.0 for every small seed. The seed is therefore scrambled (murmur3's finalizer) and
 * the first outputs discarded. `substream` jumps the generator 2^64 steps per unit, so independent
 * parts of a model never share numbers.
 */
export function seededGenerator(seed: number, substream = 0): JumpableRandomGenerator {
  const rng = xoroshiro128plus(scramble(seed));
  for (let i = 0; i < substream; i += 1) rng.jump();
  for (let i = 0; i < WARM_UP_DRAWS; i += 1) rng.next();
  return rng;
}

/** murmur3 fmix32: every input bit flips about half of the output bits. */
export function scramble(seed: number): number {
  let h = seed | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
