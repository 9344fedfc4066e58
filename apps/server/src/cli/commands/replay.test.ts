import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } }, out, err };
}

async function logFile(lines: readonly unknown[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'swb-replay-'));
  const path = join(dir, 'events.jsonl');
  await writeFile(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return path;
}

const queue = { type: 'QueueConfigured', at: 0, queue: { id: 'que_1', clientId: 'cli_1' } };
const agent = { type: 'AgentConfigured', at: 0, agent: { id: 'agt_1', memberships: [{ queueId: 'que_1', level: 1 }] } };
const ready = { type: 'AgentPresenceSet', at: 1000, agentId: 'agt_1', presence: { kind: 'ready' } };
const arrival = { type: 'ContactArrived', at: 2000, contactId: 'con_1', queueId: 'que_1', channel: 'voice' };

describe('switchboard replay', () => {
  it('prints one line per event with the effects decide returned', async () => {
    const { io, out } = capture();
    const code = await main(['replay', await logFile([{ type: 'AcdStarted', orgId: 'org_x' }, queue, agent, ready, arrival])], io);
    expect(code).toBe(0);
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.type])).toEqual([[2, 'QueueConfigured'], [3, 'AgentConfigured'], [4, 'AgentPresenceSet'], [5, 'ContactArrived']]);
    const offer = lines[3].effects.find((e: { type: string }) => e.type === 'OfferContact');
    expect(offer).toMatchObject({ contactId: 'con_1', agentId: 'agt_1', queueId: 'que_1', clientId: 'cli_1', ringTimeoutSeconds: 15 });
    expect(lines[2].effects[0].event).toMatchObject({ orgId: 'org_x', from: 'logged-out', to: 'ready' });
  });

  it('replays the same log to the same output', async () => {
    const path = await logFile([queue, agent, ready, arrival]);
    const a = capture();
    const b = capture();
    await main(['replay', path], a.io);
    await main(['replay', path], b.io);
    expect(a.out.join('')).toBe(b.out.join(''));
  });

  it('rejects a bad log whole, naming every bad line, and prints no effects', async () => {
    const { io, out, err } = capture();
    const path = await logFile([
      queue,
      '{not json',
      { type: 'ContactArrived', at: 5, contactId: '', queueId: 'que_1', channel: 'fax' },
      { type: 'Teleported', at: 6 },
      { ...ready, at: 1 },
      ready,
      { ...arrival, at: 500 },
      { type: 'AcdStarted', orgId: 'org_late' },
    ]);
    expect(await main(['replay', path], io)).toBe(1);
    expect(out.join('')).toBe('');
    const text = err.join('');
    expect(text).toContain(`${path}:2: not JSON`);
    expect(text).toMatch(/:3: .*contactId: must not be empty.*channel/);
    expect(text).toMatch(/:4: type: /);
    expect(text).toContain(':7: "at" goes back in time (500 after 1000)');
    expect(text).toContain(':8: AcdStarted may only be the first line');
    expect(text).toContain('5 bad line(s); nothing was replayed');
  });

  it('says which file it cannot read', async () => {
    const { io, err } = capture();
    expect(await main(['replay', '/nonexistent/events.jsonl'], io)).toBe(1);
    expect(err.join('')).toContain('cannot read /nonexistent/events.jsonl: no such file');
  });

  it('needs exactly one file (exit code 2)', async () => {
    const { io, err } = capture();
    expect(await main(['replay'], io)).toBe(2);
    expect(err.join('')).toContain('expected exactly one event log file, got 0');
    expect(await main(['replay', 'a', 'b', '--fast'], capture().io)).toBe(2);
  });
});
