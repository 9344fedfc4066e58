import type { Command } from '../io';
import { replayCommand } from './replay';
import { simulateCommand } from './simulate';
import { demoCommand } from './demo';
import { erlangBCommand } from './erlang-b';
import { erlangCCommand } from './erlang-c';
import { erlangACommand } from './erlang-a';
import { staffCommand } from './staff';

/** Every `switchboard` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  replayCommand,
  erlangBCommand,
  erlangCCommand,
  erlangACommand,
  staffCommand,
  simulateCommand,
  demoCommand,
];
