import { readFile } from 'node:fs/promises';
import { EXIT_FAILURE, EXIT_USAGE, UsageError, type CliIo, type Command } from './io';
import { commands } from './commands/index';

/** Runs one `switchboard` command; returns the exit code (2 for bad usage). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const withFs: CliIo = { readFile: (path) => readFile(path, 'utf8'), ...io };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText(commands));
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr.write(`switchboard: unknown command "${name}"\n\n${helpText(commands)}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, withFs);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`switchboard ${command.name}: ${error.problems.join('\n  ')}\nusage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`switchboard ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

function helpText(list: readonly Command[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return `usage: switchboard <command> [flags]\n\ncommands:\n${list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}\n`;
}
