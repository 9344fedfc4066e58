import type { Command } from '../io';
import { replayCommand } from './replay';

/** Every `switchboard` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  replayCommand,
];
