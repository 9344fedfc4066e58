import { describe, expect, it } from 'vitest';
import { main } from './main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } }, out, err };
}

describe('switchboard cli', () => {
  it('rejects an unknown command with exit code 2 and lists the commands', async () => {
    const { io, err } = capture();
    expect(await main(['no-such-command'], io)).toBe(2);
    expect(err.join('')).toContain('unknown command "no-such-command"');
    expect(err.join('')).toContain('usage: switchboard <command>');
  });

  it('prints help and exits 0 when asked', async () => {
    const { io, out } = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.join('')).toContain('commands:');
  });
});
