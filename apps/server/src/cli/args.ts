import { parseArgs } from 'node:util';
import { offeredTraffic } from '@switchboard/domain';
import { UsageError } from './io';

export type FlagSpec = Record<string, { readonly type: 'string' | 'boolean' }>;
export type ParsedFlags = { readonly values: Readonly<Record<string, string | boolean | undefined>>; readonly positionals: readonly string[] };

/** Parses `--name value` flags strictly: an unknown flag or a missing value is a UsageError. */
export function parseFlags(args: readonly string[], spec: FlagSpec, allowPositionals = false): ParsedFlags {
  try {
    const parsed = parseArgs({ args: [...args], options: spec, strict: true, allowPositionals });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError([error instanceof Error ? cleanParseMessage(error.message) : String(error)]);
  }
}

function cleanParseMessage(message: string): string {
  // node's messages carry a hint line about positionals we do not need; keep the first sentence.
  return message.split('\n')[0] ?? message;
}

type NumberRule = { readonly min?: number; readonly max?: number; readonly integer?: boolean; readonly exclusiveMin?: number; readonly exclusiveMax?: number };

/**
 * Collects number flags and every problem with them, so the user sees all mistakes at once.
 * `read(name, rule)` returns the number, or undefined when absent or invalid (the problem is kept).
 */
export class NumberFlags {
  readonly problems: string[] = [];
  /** `problems` carries earlier ones (e.g. from collectFlags) so one message lists them all. */
  constructor(
    private readonly values: ParsedFlags['values'],
    problems: readonly string[] = [],
  ) {
    this.problems.push(...problems);
  }

  has(name: string): boolean {
    return this.values[name] !== undefined;
  }

  read(name: string, rule: NumberRule = {}): number | undefined {
    const raw = this.values[name];
    if (raw === undefined) return undefined;
    const value = typeof raw === 'string' && isNumber(raw) ? Number(raw) : Number.NaN;
    const problem = numberProblem(value, rule);
    if (problem !== undefined) {
      this.problems.push(`--${name}: expected ${problem}, got ${JSON.stringify(raw)}`);
      return undefined;
    }
    return value;
  }

  require(name: string, rule: NumberRule = {}): number | undefined {
    if (!this.has(name)) {
      this.problems.push(`--${name} is required`);
      return undefined;
    }
    return this.read(name, rule);
  }

  fail(problem: string): void {
    this.problems.push(problem);
  }

  /** Throws a UsageError listing every problem collected so far. */
  check(): void {
    if (this.problems.length > 0) throw new UsageError(this.problems);
  }
}

function numberProblem(value: number, rule: NumberRule): string | undefined {
  const kind = rule.integer === true ? 'an integer' : 'a number';
  const bounds = describeBounds(rule);
  const expected = bounds === '' ? kind : `${kind} ${bounds}`;
  if (!Number.isFinite(value)) return expected;
  if (rule.integer === true && !Number.isInteger(value)) return expected;
  if (rule.min !== undefined && value < rule.min) return expected;
  if (rule.max !== undefined && value > rule.max) return expected;
  if (rule.exclusiveMin !== undefined && value <= rule.exclusiveMin) return expected;
  if (rule.exclusiveMax !== undefined && value >= rule.exclusiveMax) return expected;
  return undefined;
}

function describeBounds(rule: NumberRule): string {
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`≥ ${rule.min}`);
  if (rule.exclusiveMin !== undefined) parts.push(`> ${rule.exclusiveMin}`);
  if (rule.max !== undefined) parts.push(`≤ ${rule.max}`);
  if (rule.exclusiveMax !== undefined) parts.push(`< ${rule.exclusiveMax}`);
  return parts.join(' and ');
}

/** Flags parsed leniently, with every problem listed instead of only the first. */
export type CollectedFlags = ParsedFlags & { readonly problems: readonly string[] };

/**
 * Like parseFlags (long flags, `--name value` or `--name=value`), but collects every unknown flag,
 * missing value and stray argument, in node's wording, so a command can report them together with
 * its own checks. A negative number after a string flag is its value: `--traffic -5` then fails
 * as "expected a number > 0", not as a missing value.
 */
export function collectFlags(args: readonly string[], spec: FlagSpec): CollectedFlags {
  const values: Record<string, string | boolean | undefined> = {};
  const problems: string[] = [];
  const takesValue = (next: string | undefined): next is string => next !== undefined && (!next.startsWith('-') || isNumber(next));
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (!arg.startsWith('-') || isNumber(arg)) {
      problems.push(`Unexpected argument '${arg}'`);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const kind = rawName.startsWith('--') ? spec[rawName.slice(2)]?.type : undefined;
    const next = args[i + 1];
    if (kind !== undefined && values[rawName.slice(2)] !== undefined) {
      problems.push(`${rawName} given twice`);
      if (kind === 'string' && inline === undefined && takesValue(next)) i += 1;
    } else if (kind === undefined) {
      problems.push(`Unknown option '${rawName}'`);
      if (inline === undefined && takesValue(next)) i += 1; // its value, not a stray argument
    } else if (kind === 'boolean') {
      if (inline === undefined) values[rawName.slice(2)] = true;
      else problems.push(`Option '${rawName}' does not take an argument`);
    } else if (inline !== undefined) {
      values[rawName.slice(2)] = inline;
    } else if (takesValue(next)) {
      values[rawName.slice(2)] = next;
      i += 1;
    } else {
      problems.push(`Option '${rawName} <value>' argument missing`);
    }
  }
  return { values, positionals: [], problems };
}

// Plain decimal only: Number() would also take 0x10, 0b1, 0o7, "Infinity" and surrounding spaces.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function isNumber(text: string): boolean {
  return DECIMAL.test(text) && Number.isFinite(Number(text));
}

/** Most servers or agents a command takes: keeps every Erlang command well under a second. */
export const MAX_CLI_AGENTS = 1_000_000;
/** Most offered traffic a command takes, in erlangs (given, or calls × AHT / interval). */
export const MAX_CLI_TRAFFIC = 1_000_000;
/** AHT, patience and the service level's T lie between a millisecond and a day. */
export const SECONDS = { min: 0.001, max: 86_400 } as const;
/** Erlang A sums its queue tail state by state: mean patience over AHT is kept at most this. */
export const MAX_PATIENCE_TO_AHT = 10_000;
export const AGENTS = { integer: true, min: 1, max: MAX_CLI_AGENTS } as const;

/** The flags that give a load: `--traffic A [--aht S]`, or `--calls C --interval S --aht S`. */
export const LOAD_FLAGS: FlagSpec = {
  traffic: { type: 'string' },
  calls: { type: 'string' },
  interval: { type: 'string' },
  aht: { type: 'string' },
};

export const LOAD_USAGE = '(--traffic ERLANGS | --calls C --interval SECONDS) --aht SECONDS';

/** Offered traffic in erlangs and the AHT in seconds when known. */
export type CliLoad = { readonly traffic: number; readonly ahtSeconds: number | undefined };

/**
 * Reads the load from LOAD_FLAGS, collecting problems in `flags`; undefined when it is unusable.
 * `ahtNeededFor` names what needs the AHT (e.g. "ASA and service level"); without it --aht is
 * optional with --traffic.
 */
export function readLoad(flags: NumberFlags, ahtNeededFor?: string): CliLoad | undefined {
  const positive = { exclusiveMin: 0 };
  const byCalls = flags.has('calls') || flags.has('interval');
  if (flags.has('traffic') && byCalls) {
    flags.fail('give the load as --traffic, or as --calls with --interval and --aht, not both');
    return undefined;
  }
  if (!flags.has('traffic') && !byCalls) {
    flags.fail('a load is required: --traffic ERLANGS, or --calls C --interval SECONDS --aht SECONDS');
    return undefined;
  }
  if (byCalls) {
    const calls = flags.require('calls', positive);
    const intervalSeconds = flags.require('interval', positive);
    const ahtSeconds = flags.require('aht', SECONDS);
    if (calls === undefined || intervalSeconds === undefined || ahtSeconds === undefined) return undefined;
    const traffic = offeredTraffic({ calls, intervalSeconds, ahtSeconds });
    if (!(traffic <= MAX_CLI_TRAFFIC)) {
      flags.fail(`--calls × --aht / --interval gives ${traffic} erlangs; expected a load > 0 and ≤ ${MAX_CLI_TRAFFIC} erlangs`);
      return undefined;
    }
    if (!(traffic > 0)) {
      flags.fail(`--calls × --aht / --interval gives ${traffic} erlangs (too small to compute); expected a load > 0 erlangs`);
      return undefined;
    }
    return { traffic, ahtSeconds };
  }
  const traffic = flags.read('traffic', { exclusiveMin: 0, max: MAX_CLI_TRAFFIC });
  if (ahtNeededFor !== undefined && !flags.has('aht')) flags.fail(`--aht is required with --traffic: ${ahtNeededFor} are in seconds`);
  const ahtSeconds = flags.read('aht', SECONDS);
  return traffic === undefined ? undefined : { traffic, ahtSeconds };
}

/** Reads --patience (required or not) within SECONDS, and at most MAX_PATIENCE_TO_AHT × the AHT. */
export function readPatience(flags: NumberFlags, ahtSeconds: number | undefined, required: boolean): number | undefined {
  const patience = required ? flags.require('patience', SECONDS) : flags.read('patience', SECONDS);
  if (patience !== undefined && ahtSeconds !== undefined && patience > MAX_PATIENCE_TO_AHT * ahtSeconds) {
    flags.fail(`--patience: expected at most ${MAX_PATIENCE_TO_AHT} × --aht (${MAX_PATIENCE_TO_AHT * ahtSeconds} s), got ${patience}`);
    return undefined;
  }
  return patience;
}
