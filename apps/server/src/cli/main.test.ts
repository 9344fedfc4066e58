import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli';

describe('switchboard cli', () => {
  it('rejects an unknown command with exit code 2 and lists the commands', async () => {
    const { code, stderr } = await runCli(['no-such-command']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "no-such-command"');
    expect(stderr).toContain('usage: switchboard <command>');
  });

  it('prints help and exits 0 when asked', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('commands:');
  });
});
