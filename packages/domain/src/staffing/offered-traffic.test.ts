import { describe, expect, it } from 'vitest';
import { offeredTraffic } from './offered-traffic';

describe('offeredTraffic', () => {
  it('passes traffic in erlangs through', () => {
    expect(offeredTraffic({ traffic: 12.5 })).toBe(12.5);
  });

  it('turns 100 calls in 30 minutes at 3 minutes each into 10 erlangs', () => {
    expect(offeredTraffic({ calls: 100, intervalSeconds: 1800, ahtSeconds: 180 })).toBe(10);
  });
});
