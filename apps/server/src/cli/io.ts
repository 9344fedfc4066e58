/** Where a command writes; tests pass string sinks, the bin passes process streams. */
export type CliIo = {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Reads a file as UTF-8; injected so commands stay testable. Defaults to the file system. */
  readonly readFile?: (path: string) => Promise<string>;
};

/** A command: parses its own arguments and returns the process exit code. */
export type Command = {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number> | number;
};

/** Bad usage: the message is shown to the user and the process exits with code 2. */
export class UsageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value)}\n`);
}
