import { main } from '../cli/main';

export type CliRun = { readonly code: number; readonly stdout: string; readonly stderr: string };

/** Runs one `switchboard` command in process, with stdout and stderr kept as strings. */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
