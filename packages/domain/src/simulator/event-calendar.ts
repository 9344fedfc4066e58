type Entry<T> = { readonly at: number; readonly seq: number; readonly key: string | undefined; readonly payload: T; cancelled: boolean };

/**
 * The simulator's future-event list: a binary min-heap keyed by time, ties broken by insertion
 * order, so equal-time events run in the order they were scheduled. An event may carry a key to be
 * cancelled (or replaced) later; cancelled entries are dropped lazily when they reach the top.
 */
export class EventCalendar<T> {
  private readonly heap: Entry<T>[] = [];
  private readonly byKey = new Map<string, Entry<T>>();
  private nextSeq = 0;
  private cancelledInHeap = 0;

  /** Live (not cancelled) events. */
  get size(): number {
    return this.heap.length - this.cancelledInHeap;
  }

  /** Schedules `payload` at `at`; a keyed event replaces any live event with the same key. */
  schedule(at: number, payload: T, key?: string): void {
    if (Number.isNaN(at)) throw new RangeError('event time is NaN');
    if (key !== undefined) this.cancel(key);
    const entry: Entry<T> = { at, seq: this.nextSeq, key, payload, cancelled: false };
    this.nextSeq += 1;
    if (key !== undefined) this.byKey.set(key, entry);
    this.heap.push(entry);
    this.siftUp(this.heap.length - 1);
  }

  /** Cancels the live event with this key; false when there is none. */
  cancel(key: string): boolean {
    const entry = this.byKey.get(key);
    if (entry === undefined) return false;
    entry.cancelled = true;
    this.cancelledInHeap += 1;
    this.byKey.delete(key);
    return true;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Time of the next live event, or undefined when none is left. */
  peekTime(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.at;
  }

  /** Removes and returns the next live event. */
  pop(): { readonly at: number; readonly payload: T } | undefined {
    this.dropCancelled();
    const top = this.removeTop();
    if (top === undefined) return undefined;
    if (top.key !== undefined) this.byKey.delete(top.key);
    return { at: top.at, payload: top.payload };
  }

  private dropCancelled(): void {
    while (this.heap[0]?.cancelled === true) {
      this.removeTop();
      this.cancelledInHeap -= 1;
    }
  }

  private removeTop(): Entry<T> | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private before(i: number, j: number): boolean {
    const a = this.heap[i] as Entry<T>;
    const b = this.heap[j] as Entry<T>;
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i] as Entry<T>;
    this.heap[i] = this.heap[j] as Entry<T>;
    this.heap[j] = a;
  }

  private siftUp(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    const n = this.heap.length;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && this.before(left, smallest)) smallest = left;
      if (right < n && this.before(right, smallest)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}
