import { parseArgs } from 'node:util';
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
  constructor(private readonly values: ParsedFlags['values']) {}

  has(name: string): boolean {
    return this.values[name] !== undefined;
  }

  read(name: string, rule: NumberRule = {}): number | undefined {
    const raw = this.values[name];
    if (raw === undefined) return undefined;
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
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
