/** One call of the Technion "Anonymous Bank" call-by-call log (validation-data/anonymous-bank). */
export type BankCall = {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  readonly vruLine: string;
  readonly callId: string;
  readonly customerId: string;
  /** 0 or 1 regular, 2 priority customer. */
  readonly priority: number;
  /** Service type: PS, PE, IN, NE, NW, TT. */
  readonly type: string;
  readonly date: string;
  /** UTC midnight of `date`, in ms: the log's local times are kept as if they were UTC. */
  readonly dayMs: number;
  /** Times of day in seconds; null where the log has 0:00:00 (did not happen). */
  readonly vruEntryS: number;
  readonly vruExitS: number | null;
  readonly vruTimeS: number;
  readonly qStartS: number | null;
  readonly qExitS: number | null;
  readonly qTimeS: number;
  readonly outcome: BankOutcome;
  readonly serStartS: number | null;
  readonly serExitS: number | null;
  readonly serTimeS: number;
  /** Agent name; null for NO_SERVER. */
  readonly server: string | null;
};

export type BankOutcome = 'AGENT' | 'HANG' | 'PHANTOM';

export type LineError = { readonly line: number; readonly message: string };

/** Every row, or every bad line (the first `maxErrors` of them, and how many there were). */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly LineError[]; readonly errorCount: number };

export const BANK_HEADER = 'vru+line,call_id,customer_id,priority,type,date,vru_entry,vru_exit,vru_time,q_start,q_exit,q_time,outcome,ser_start,ser_exit,ser_time,server';
const OUTCOMES: readonly string[] = ['AGENT', 'HANG', 'PHANTOM'];
const TIME = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses the log (pure: text in). The first line must be the header; blank lines are skipped. */
export function parseBankCalls(text: string, maxErrors = 50): ParseResult<BankCall[]> {
  const lines = text.split(/\r?\n/);
  const errors: LineError[] = [];
  let errorCount = 0;
  const fail = (line: number, message: string): void => {
    errorCount += 1;
    if (errors.length < maxErrors) errors.push({ line, message });
  };
  if ((lines[0] ?? '').trim() !== BANK_HEADER) fail(1, `expected the header "${BANK_HEADER}"`);
  const calls: BankCall[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const raw = lines[i] as string;
    if (raw.trim() === '') continue;
    const row = parseRow(raw, i + 1);
    if (typeof row === 'string') fail(i + 1, row);
    else calls.push(row);
  }
  return errorCount === 0 ? { ok: true, value: calls } : { ok: false, errors, errorCount };
}

/** One data row, or what is wrong with it (every bad field, joined). */
function parseRow(raw: string, line: number): BankCall | string {
  const f = raw.split(',').map((s) => s.trim());
  if (f.length !== 17) return `expected 17 fields, got ${f.length}`;
  const problems: string[] = [];
  const time = (index: number, name: string, optional: boolean): number | null => {
    const m = TIME.exec(f[index] as string);
    const hours = Number(m?.[1]);
    if (m === null || hours > 23) {
      problems.push(`${name}: expected h:mm:ss, got ${JSON.stringify(f[index])}`);
      return null;
    }
    const seconds = hours * 3600 + Number(m[2]) * 60 + Number(m[3]);
    return optional && seconds === 0 ? null : seconds;
  };
  // vru_time may be negative: 19 August rows have vru_exit a few minutes before vru_entry (clock skew).
  const count = (index: number, name: string, signed = false): number => {
    const value = (signed ? /^-?\d+$/ : /^\d+$/).test(f[index] as string) ? Number(f[index]) : Number.NaN;
    if (Number.isNaN(value)) problems.push(`${name}: expected a whole ${signed ? '' : 'non-negative '}number of seconds, got ${JSON.stringify(f[index])}`);
    return value;
  };
  const priority = Number(f[3]);
  if (!['0', '1', '2'].includes(f[3] as string)) problems.push(`priority: expected 0, 1 or 2, got ${JSON.stringify(f[3])}`);
  const dayMs = parseDate(f[5] as string);
  if (dayMs === null) problems.push(`date: expected YYYY-MM-DD, got ${JSON.stringify(f[5])}`);
  const outcome = f[12] as string;
  if (!OUTCOMES.includes(outcome)) problems.push(`outcome: expected AGENT, HANG or PHANTOM, got ${JSON.stringify(outcome)}`);
  const call = {
    line, vruLine: f[0] as string, callId: f[1] as string, customerId: f[2] as string, priority, type: f[4] as string,
    date: f[5] as string, dayMs: dayMs ?? 0,
    vruEntryS: time(6, 'vru_entry', false) ?? 0, vruExitS: time(7, 'vru_exit', true), vruTimeS: count(8, 'vru_time', true),
    qStartS: time(9, 'q_start', true), qExitS: time(10, 'q_exit', true), qTimeS: count(11, 'q_time'),
    outcome: outcome as BankOutcome,
    serStartS: time(13, 'ser_start', true), serExitS: time(14, 'ser_exit', true), serTimeS: count(15, 'ser_time'),
    server: f[16] === 'NO_SERVER' || f[16] === '' ? null : (f[16] as string),
  };
  if (problems.length === 0) problems.push(...spanProblems(call, f[16] as string));
  return problems.length > 0 ? problems.join('; ') : call;
}

/** How far a duration may disagree with its end − start: the log's times are whole seconds. */
export const SPAN_TOLERANCE_S = 2;
const DAY_S = 86_400;
const HALF_DAY_S = 43_200;

type Spans = Pick<BankCall, 'qStartS' | 'qExitS' | 'qTimeS' | 'serStartS' | 'serExitS' | 'serTimeS' | 'outcome'>;

/**
 * Checks a row's times against each other: q_time and ser_time must agree with exit − start within
 * SPAN_TOLERANCE_S (0:00:00, "did not happen", counts as midnight, so an empty span is 0 s), and
 * an exit more than 12 h before its start is taken as the next day (a call crossing midnight, as
 * selectReplayCalls does); less than that is an error. An AGENT row needs a server column: a name
 * or NO_SERVER (391 AGENT rows of August 1999 say NO_SERVER; they add no agent to the staffing).
 */
function spanProblems(call: Spans, server: string): string[] {
  const problems: string[] = [];
  const span = (start: number | null, exit: number | null, seconds: number, name: string): void => {
    const from = start ?? 0;
    const to = exit ?? 0;
    if (to < from && from - to < HALF_DAY_S) {
      problems.push(`${name}_start ${clock(from)} is after ${name}_exit ${clock(to)}`);
      return;
    }
    const expected = (to - from + DAY_S) % DAY_S;
    if (Math.abs(seconds - expected) > SPAN_TOLERANCE_S) {
      problems.push(`${name}_time ${seconds} disagrees with ${name}_exit − ${name}_start = ${expected} s`);
    }
  };
  span(call.qStartS, call.qExitS, call.qTimeS, 'q');
  span(call.serStartS, call.serExitS, call.serTimeS, 'ser');
  if (call.outcome === 'AGENT' && server === '') problems.push('server: an AGENT row needs a server name (or NO_SERVER)');
  return problems;
}

function clock(seconds: number): string {
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${mm}:${String(seconds % 60).padStart(2, '0')}`;
}

function parseDate(text: string): number | null {
  const m = DATE.exec(text);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : null;
}
