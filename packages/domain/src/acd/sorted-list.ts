/**
 * A list kept sorted by a total order. Lookups are binary searches (O(log n)); inserts and removals
 * move the tail with one native splice, which for the list sizes of a queue (hundreds to a few
 * thousand) costs less than a tree's pointer chasing.
 */
export class SortedList<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  /** Index the item has, or would have, in the list (first index not before it). */
  rank(item: T): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.items[mid] as T, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Number of leading items for which `isBefore` holds (it must hold for a prefix of the list). */
  lowerBound(isBefore: (item: T) => boolean): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (isBefore(this.items[mid] as T)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(item: T): void {
    const index = this.rank(item);
    if (index === this.items.length) this.items.push(item);
    else this.items.splice(index, 0, item);
  }

  /** Removes the item (found by the order, then identity); false when absent. */
  remove(item: T): boolean {
    const index = this.rank(item);
    if (this.items[index] !== item) return false;
    if (index === 0) this.items.shift();
    else this.items.splice(index, 1);
    return true;
  }

  /** First item, in order, for which `accept` holds. */
  find(accept: (item: T) => boolean): T | undefined {
    for (const item of this.items) if (accept(item)) return item;
    return undefined;
  }

  /** First item at or after `from` (wrapping around to the start) for which `accept` holds. */
  findFrom(from: number, accept: (item: T) => boolean): T | undefined {
    const n = this.items.length;
    for (let i = 0; i < n; i += 1) {
      const item = this.items[(from + i) % n] as T;
      if (accept(item)) return item;
    }
    return undefined;
  }

  toArray(): readonly T[] {
    return this.items;
  }
}
