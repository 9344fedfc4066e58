import type { CliIo } from './io';

export type LineError = { readonly line: number; readonly message: string };

/** Reads a command's input file; on failure says which file and why on stderr and returns undefined. */
export async function readInputFile(io: CliIo, command: string, path: string): Promise<string | undefined> {
  if (io.readFile === undefined) throw new Error('no file reader configured');
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    io.stderr.write(`switchboard ${command}: cannot read ${path}${code === 'ENOENT' ? ': no such file' : `: ${String(error)}`}\n`);
    return undefined;
  }
}

/** Prints every bad line as PATH:LINE: message (as many as were kept), then what was not done. */
export function reportLineErrors(io: CliIo, command: string, path: string, errors: readonly LineError[], errorCount: number, notDone: string): void {
  for (const e of errors) io.stderr.write(`${path}:${e.line}: ${e.message}\n`);
  if (errorCount > errors.length) io.stderr.write(`… and ${errorCount - errors.length} more bad lines\n`);
  io.stderr.write(`switchboard ${command}: ${errorCount} bad line(s) in ${path}; ${notDone}\n`);
}
