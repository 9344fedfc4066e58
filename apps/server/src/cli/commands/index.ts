import type { Command } from '../io';

/** Every `switchboard` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [];
