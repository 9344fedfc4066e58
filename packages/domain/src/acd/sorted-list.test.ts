import { describe, expect, it } from 'vitest';
import { SortedList } from './sorted-list';

describe('SortedList', () => {
  const numbers = (...xs: number[]) => {
    const list = new SortedList<{ n: number }>((a, b) => a.n - b.n);
    const items = xs.map((n) => ({ n }));
    items.forEach((i) => list.insert(i));
    return { list, items };
  };

  it('keeps items in order and removes by identity', () => {
    const { list, items } = numbers(5, 1, 3, 3);
    expect(list.toArray().map((i) => i.n)).toEqual([1, 3, 3, 5]);
    expect(list.remove({ n: 3 })).toBe(false);
    expect(list.remove(items[0] as { n: number })).toBe(true);
    expect(list.toArray().map((i) => i.n)).toEqual([1, 3, 3]);
  });

  it('searches from a place, wrapping around, and says when nothing fits', () => {
    const { list } = numbers(1, 2, 3, 4);
    expect(list.findFrom(2, (i) => i.n % 2 === 1)?.n).toBe(3);
    expect(list.findFrom(3, (i) => i.n < 3)?.n).toBe(1);
    expect(list.findFrom(0, (i) => i.n > 9)).toBeUndefined();
    expect(list.lowerBound((i) => i.n <= 2)).toBe(2);
  });
});
