import { createAcdState, decide } from '@switchboard/domain';
import { parseEventLog } from '../../adapters/acd-log/parse-event-log';
import { parseFlags } from '../args';
import { readInputFile, reportLineErrors } from '../input-file';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIo, type Command } from '../io';

/** `switchboard replay events.jsonl`: feeds an ACD event log through decide and prints the effects. */
export const replayCommand: Command = {
  name: 'replay',
  summary: 'feed an ACD event log (JSON lines) through the routing core and print the effects',
  usage: 'switchboard replay EVENTS.jsonl  (one JSON line out per event: { line, type, at, effects })',
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { positionals } = parseFlags(args, {}, true);
    if (positionals.length !== 1) throw new UsageError([`expected exactly one event log file, got ${positionals.length}`]);
    const path = positionals[0] as string;
    if (path === '') throw new UsageError(['expected an event log file path, got an empty string']);
    const text = await readInputFile(io, 'replay', path);
    if (text === undefined) return EXIT_FAILURE;
    const log = parseEventLog(text);
    if (!log.ok) {
      reportLineErrors(io, 'replay', path, log.errors, log.errorCount, 'nothing was replayed');
      return EXIT_FAILURE;
    }
    const state = createAcdState({ orgId: log.header.orgId, queueSelection: log.header.queueSelection, seed: log.header.seed, queues: [], agents: [] });
    for (const { line, event } of log.events) {
      const { effects } = decide(state, event);
      io.stdout.write(`${JSON.stringify({ line, type: event.type, at: event.at, effects })}\n`);
    }
    return EXIT_OK;
  },
};
