import { describe, expect, it } from 'vitest';
import { BANK_HEADER, parseBankCalls } from './parse-bank-calls';

const served = 'AA0106,45770,0,2,PS,1999-08-31,9:59:38,9:59:52,14,9:59:52,10:00:10,18,AGENT,10:00:09,10:00:39,30,TOVA';
const hungUp = 'AA0204,43678,0,0,NW,1999-08-01,0:10:10,0:10:27,17,0:00:00,0:00:00,0,HANG,0:00:00,0:00:00,0,NO_SERVER';

describe('parseBankCalls', () => {
  it('reads times of day in seconds, 0:00:00 as did-not-happen and NO_SERVER as no agent', () => {
    const result = parseBankCalls(`${BANK_HEADER}\r\n${served}\r\n${hungUp}\r\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]).toMatchObject({
      line: 2, callId: '45770', priority: 2, type: 'PS', dayMs: Date.UTC(1999, 7, 31), vruEntryS: 9 * 3600 + 59 * 60 + 38,
      qStartS: 9 * 3600 + 59 * 60 + 52, qTimeS: 18, outcome: 'AGENT', serStartS: 10 * 3600 + 9, serTimeS: 30, server: 'TOVA',
    });
    expect(result.value[1]).toMatchObject({ line: 3, qStartS: null, qExitS: null, serStartS: null, server: null, outcome: 'HANG' });
  });

  it('accepts a negative vru_time (clock skew in the log)', () => {
    const skewed = 'AA0207,7039,1,1,PS,1999-08-01,12:04:42,12:03:15,-87,12:03:15,12:04:56,101,AGENT,12:04:55,12:05:56,61,VICKY';
    expect(parseBankCalls(`${BANK_HEADER}\n${skewed}`).ok).toBe(true);
  });

  it('checks q_time and ser_time against exit − start, across midnight too, and an AGENT row\'s server', () => {
    const rows = [
      'AA0101,1,0,0,PS,1999-08-01,23:58:50,23:59:00,10,23:59:00,0:00:30,90,AGENT,0:00:30,0:02:30,122,AVI', // wraps, 2 s off: kept
      'AA0101,2,0,0,PS,1999-08-01,9:59:50,10:00:00,10,10:00:00,10:00:30,30,AGENT,10:00:30,10:02:30,123,AVI',
      'AA0101,3,0,0,PS,1999-08-01,9:59:50,10:00:00,10,10:05:00,10:00:30,30,AGENT,10:00:30,10:02:30,120,AVI',
      'AA0101,4,0,0,PS,1999-08-01,9:59:50,10:00:00,10,10:00:00,10:00:30,31,AGENT,10:00:30,10:02:30,120,',
      'AA0101,5,0,0,PS,1999-08-01,9:59:50,10:00:00,10,10:00:00,10:00:30,30,HANG,0:00:00,0:00:00,0,',
    ];
    expect(parseBankCalls([BANK_HEADER, ...rows].join('\n'))).toEqual({
      ok: false,
      errorCount: 3,
      errors: [
        { line: 3, message: 'ser_time 123 disagrees with ser_exit − ser_start = 120 s' },
        { line: 4, message: 'q_start 10:05:00 is after q_exit 10:00:30' },
        { line: 5, message: 'server: an AGENT row needs a server name (or NO_SERVER)' },
      ],
    });
  });

  it('lists every bad line with its number and every problem on it', () => {
    const text = [
      BANK_HEADER,
      served,
      'AA0106,1,0,7,PS,1999-02-30,9:61:00,9:59:52,14,9:59:52,10:00:10,x,MAYBE,10:00:09,10:00:39,30,TOVA',
      'too,few,fields',
      hungUp,
    ].join('\n');
    const result = parseBankCalls(text);
    expect(result).toEqual({
      ok: false,
      errorCount: 2,
      errors: [
        {
          line: 3,
          message:
            'priority: expected 0, 1 or 2, got "7"; date: expected YYYY-MM-DD, got "1999-02-30"; outcome: expected AGENT, HANG or PHANTOM, got "MAYBE"; ' +
            'vru_entry: expected h:mm:ss, got "9:61:00"; q_time: expected a whole non-negative number of seconds, got "x"',
        },
        { line: 4, message: 'expected 17 fields, got 3' },
      ],
    });
  });

  it('rejects a file without the header', () => {
    const result = parseBankCalls(served);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 1 });
  });

  it('caps the listed errors but counts them all', () => {
    const text = [BANK_HEADER, ...Array.from({ length: 80 }, () => 'bad')].join('\n');
    const result = parseBankCalls(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(50);
      expect(result.errorCount).toBe(80);
      expect(result.errors[49]?.line).toBe(51);
    }
  });
});
