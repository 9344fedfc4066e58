// Regressions found by the ACD properties (properties.test.ts), each shrunk to its smallest log.
import { describe, expect, it } from 'vitest';
import { aQueue, anAcdConfig, anAgent } from '../testing/builders';
import { AcdDriver } from '../testing/acd-driver';

describe('regressions found by the ACD properties', () => {
  it('keeps announcing to a contact whose announcement came due while it rang', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ announceEverySeconds: 10, ringTimeoutSeconds: 15 })], agents: [anAgent('agt_a')] }));
    d.ready('agt_a', 0);
    d.arrive('con_1', 'que_1', 0); // rings at agt_a; the announcement at 10 s comes due meanwhile
    d.advance(15_000); // the ring times out: con_1 is back in line
    expect(d.activeTimers().get('announce:con_1')).toBe(20_000);
    expect(d.advance(20_000)).toContainEqual(expect.objectContaining({ type: 'AnnouncePosition', contactId: 'con_1' }));
  });
});
