import type { z } from 'zod';
import type { AcdEvent } from '@switchboard/domain';
import { acdEventSchema, logHeaderSchema, type LogHeader } from './event-schema';

export type LogLineError = { readonly line: number; readonly message: string };
export type ParsedLog =
  | { readonly ok: true; readonly header: LogHeader; readonly events: readonly { readonly line: number; readonly event: AcdEvent }[] }
  | { readonly ok: false; readonly errors: readonly LogLineError[]; readonly errorCount: number };

const MAX_ERRORS = 50;
const DEFAULT_HEADER: LogHeader = logHeaderSchema.parse({ type: 'AcdStarted', orgId: 'org_replay' });

/**
 * Parses a JSON-lines ACD event log. Every line is checked before anything is used, so a bad log is
 * rejected whole, with each bad line's number and problem (the first 50, and how many in all).
 * Blank lines are skipped; times must never go backwards.
 */
export function parseEventLog(text: string): ParsedLog {
  const errors: LogLineError[] = [];
  let errorCount = 0;
  const fail = (line: number, message: string) => {
    errorCount += 1;
    if (errors.length < MAX_ERRORS) errors.push({ line, message });
  };
  let header = DEFAULT_HEADER;
  const events: { line: number; event: AcdEvent }[] = [];
  let lastAt = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const json = parseJson(raw);
    if (!json.ok) return fail(line, `not JSON: ${json.message}`);
    if (isHeader(json.value)) {
      if (events.length > 0 || line !== firstContentLine(text)) return fail(line, 'AcdStarted may only be the first line');
      const parsed = logHeaderSchema.safeParse(json.value);
      if (!parsed.success) return fail(line, describe(parsed.error));
      header = parsed.data;
      return;
    }
    const parsed = acdEventSchema.safeParse(json.value);
    if (!parsed.success) return fail(line, describe(parsed.error));
    if (parsed.data.at < lastAt) return fail(line, `"at" goes back in time (${parsed.data.at} after ${lastAt})`);
    lastAt = parsed.data.at;
    events.push({ line, event: parsed.data });
  });
  return errorCount > 0 ? { ok: false, errors, errorCount } : { ok: true, header, events };
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function isHeader(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'AcdStarted';
}

function firstContentLine(text: string): number {
  return text.split(/\r?\n/).findIndex((l) => l.trim() !== '') + 1;
}

/** Every problem of one line, each with the path of the field it concerns. */
function describe(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`)).join('; ');
}
