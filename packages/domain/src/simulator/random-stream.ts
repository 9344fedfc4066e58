import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { seededGenerator } from '../seeded-generator';

/** A seeded source of uniform numbers in [0, 1): the simulator's only randomness. */
export type RandomStream = { next(): number };

/** Uniforms from `seededGenerator(seed, substream)`: see there for why seeds are scrambled. */
export function randomStream(seed: number, substream = 0): RandomStream {
  const rng = seededGenerator(seed, substream);
  return { next: () => uniformFloat64(rng) };
}
