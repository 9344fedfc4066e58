import { describe, expect, it } from 'vitest';
import { clientId } from '../ids';
import { aQueue, anAcdConfig, anAgent } from '../testing/builders';
import { AcdDriver, offersIn } from '../testing/acd-driver';

// An outsourcer's shared pool: agt_isp answers the internet provider first and helps the
// delivery company when nothing of the provider waits; agt_del the other way round.
const isp = aQueue({ id: 'que_isp', clientId: clientId('cli_isp'), serviceLevel: { targetSeconds: 20, targetRatio: 0.9 } });
const del = aQueue({ id: 'que_del', clientId: clientId('cli_del'), serviceLevel: { targetSeconds: 20, targetRatio: 0.8 } });
const sharedPool = () => anAcdConfig({
  queues: [isp, del],
  agents: [anAgent('agt_isp', [['que_isp', 1], ['que_del', 2]]), anAgent('agt_del', [['que_del', 1], ['que_isp', 2]])],
});

describe('priority levels (primary group first)', () => {
  it('offers a freed agent its primary queue before an older contact of its secondary queue', () => {
    const d = new AcdDriver(sharedPool());
    d.arrive('con_del_old', 'que_del', 1000);
    d.arrive('con_isp_new', 'que_isp', 5000);
    expect(offersIn(d.ready('agt_isp', 6000))).toEqual(['con_isp_new->agt_isp']);
  });

  it('lets an agent help a secondary queue when nothing waits in the primary one', () => {
    const d = new AcdDriver(sharedPool());
    d.arrive('con_del', 'que_del', 1000);
    expect(offersIn(d.ready('agt_isp', 2000))).toEqual(['con_del->agt_isp']);
  });

  it('offers an arriving contact to its primary group before the helpers, whatever their idle time', () => {
    const d = new AcdDriver(sharedPool());
    d.ready('agt_isp', 1000); // idle longest, but a level-2 helper for que_del
    d.ready('agt_del', 9000);
    expect(offersIn(d.arrive('con_del', 'que_del', 10_000))).toEqual(['con_del->agt_del']);
  });

  it('among queues of one level serves the oldest contact, higher contact priority first', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [isp, del], agents: [anAgent('agt_x', ['que_isp', 'que_del'])] }));
    d.arrive('con_isp', 'que_isp', 2000);
    d.arrive('con_del', 'que_del', 1000);
    d.send({ type: 'ContactArrived', at: 3000, contactId: 'con_vip' as never, queueId: isp.id, channel: 'voice', priority: 5 });
    expect(offersIn(d.ready('agt_x', 4000))).toEqual(['con_vip->agt_x']);
    d.accept('con_vip', 'agt_x', 4000);
    d.end('con_vip', 5000);
    expect(offersIn(d.log)).toEqual(['con_vip->agt_x', 'con_del->agt_x']);
  });

  it('with the service-level setting serves the client furthest behind its target first', () => {
    const d = new AcdDriver({ ...sharedPool(), queueSelection: 'furthest-behind-service-level', agents: [anAgent('agt_x', ['que_isp', 'que_del'])] });
    // The provider misses its target: one call answered after 60 s (SL 0 % against 90 %).
    d.arrive('con_late', 'que_isp', 0);
    d.ready('agt_x', 60_000);
    d.accept('con_late', 'agt_x', 60_000);
    d.end('con_late', 61_000);
    d.presence('agt_x', { kind: 'not-ready', reason: 'break' }, 61_000);
    d.arrive('con_del', 'que_del', 62_000); // older
    d.arrive('con_isp', 'que_isp', 63_000);
    expect(offersIn(d.ready('agt_x', 64_000))).toEqual(['con_isp->agt_x']);
  });
});
