import { describe, expect, it } from 'vitest';
import { EventCalendar } from './event-calendar';

function drain<T>(calendar: EventCalendar<T>): T[] {
  const out: T[] = [];
  for (let next = calendar.pop(); next !== undefined; next = calendar.pop()) out.push(next.payload);
  return out;
}

describe('EventCalendar', () => {
  it('pops events by time and equal times in insertion order', () => {
    const calendar = new EventCalendar<string>();
    calendar.schedule(30, 'c');
    calendar.schedule(10, 'a1');
    calendar.schedule(20, 'b');
    calendar.schedule(10, 'a2');
    calendar.schedule(10, 'a3');
    expect(calendar.peekTime()).toBe(10);
    expect(drain(calendar)).toEqual(['a1', 'a2', 'a3', 'b', 'c']);
    expect(calendar.pop()).toBeUndefined();
  });

  it('cancels a keyed event and replaces an event scheduled again under the same key', () => {
    const calendar = new EventCalendar<string>();
    calendar.schedule(5, 'gone', 'k1');
    calendar.schedule(6, 'old', 'k2');
    calendar.schedule(7, 'stay');
    calendar.schedule(8, 'new', 'k2');
    expect(calendar.cancel('k1')).toBe(true);
    expect(calendar.cancel('k1')).toBe(false);
    expect(calendar.size).toBe(2);
    expect(calendar.has('k2')).toBe(true);
    expect(drain(calendar)).toEqual(['stay', 'new']);
    expect(calendar.has('k2')).toBe(false);
  });

  it('stays ordered over many random insertions', () => {
    const calendar = new EventCalendar<number>();
    let x = 12345;
    const times: number[] = [];
    for (let i = 0; i < 2000; i += 1) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const t = x % 500;
      times.push(t);
      calendar.schedule(t, t);
    }
    expect(drain(calendar)).toEqual([...times].sort((a, b) => a - b));
  });

  it('rejects a NaN time', () => {
    expect(() => new EventCalendar<string>().schedule(Number.NaN, 'x')).toThrow(RangeError);
  });
});
