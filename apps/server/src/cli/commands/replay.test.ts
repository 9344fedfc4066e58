import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../testing/run-cli';

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
    const { code, stdout } = await runCli(['replay', await logFile([{ type: 'AcdStarted', orgId: 'org_x' }, queue, agent, ready, arrival])]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.type])).toEqual([[2, 'QueueConfigured'], [3, 'AgentConfigured'], [4, 'AgentPresenceSet'], [5, 'ContactArrived']]);
    const offer = lines[3].effects.find((e: { type: string }) => e.type === 'OfferContact');
    expect(offer).toMatchObject({ contactId: 'con_1', agentId: 'agt_1', queueId: 'que_1', clientId: 'cli_1', ringTimeoutSeconds: 15 });
    expect(lines[2].effects[0].event).toMatchObject({ orgId: 'org_x', from: 'logged-out', to: 'ready' });
  });

  it('replays the same log to the same output', async () => {
    const path = await logFile([queue, agent, ready, arrival]);
    const a = await runCli(['replay', path]);
    const b = await runCli(['replay', path]);
    expect(a.stdout).not.toBe('');
    expect(a.stdout).toBe(b.stdout);
  });

  it('rejects a bad log whole, naming every bad line, and prints no effects', async () => {
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
    const { code, stdout, stderr: text } = await runCli(['replay', path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(text).toContain(`${path}:2: not JSON`);
    expect(text).toMatch(/:3: .*contactId: must not be empty.*channel/);
    expect(text).toMatch(/:4: type: /);
    expect(text).toContain(':7: "at" goes back in time (500 after 1000)');
    expect(text).toContain(':8: AcdStarted may only be the first line');
    expect(text).toContain(`5 bad line(s) in ${path}; nothing was replayed`);
  });

  it('rejects an agent configured twice in one queue', async () => {
    const twice = { type: 'AgentConfigured', at: 0, agent: { id: 'agt_1', memberships: [{ queueId: 'que_1', level: 1 }, { queueId: 'que_1', level: 2 }] } };
    const { code, stderr } = await runCli(['replay', await logFile([queue, twice])]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/:2: agent\.memberships: a queue may appear only once/);
  });

  it('says which file it cannot read', async () => {
    const { code, stderr } = await runCli(['replay', '/nonexistent/events.jsonl']);
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read /nonexistent/events.jsonl: no such file');
  });

  it('needs exactly one file (exit code 2)', async () => {
    const none = await runCli(['replay']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('expected exactly one event log file, got 0');
    expect((await runCli(['replay', 'a', 'b', '--fast'])).code).toBe(2);
  });
});
