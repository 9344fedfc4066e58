import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = resolve(__dirname, '../../../../bin/switchboard.mjs');
const dir = mkdtempSync(join(tmpdir(), 'switchboard-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A log long enough that the command is still writing when its reader goes away.
function longLog(): string {
  const path = join(dir, 'long.jsonl');
  const lines = ['{"type":"AcdStarted","orgId":"org_demo","queueSelection":"oldest-first","seed":7}'];
  lines.push('{"type":"AgentConfigured","at":0,"agent":{"id":"agt_ana","memberships":[]}}');
  for (let i = 1; i <= 50_000; i += 1) {
    lines.push(`{"type":"AgentPresenceSet","at":${i},"agentId":"agt_ana","presence":${i % 2 === 0 ? '{"kind":"ready"}' : '{"kind":"not-ready","reason":"break"}'}}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('bin/switchboard.mjs', () => {
  it('stops quietly when stdout is closed early (| head -1), with no EPIPE stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'replay', longLog()], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
