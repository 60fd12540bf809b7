// At most `limit` tasks per key at once in this instance; the others wait their turn in order.
// Used in front of transactions on hot documents (a session everyone books at 9:00): Firestore
// transactions stay what guarantees correctness (other instances run their own), this only keeps
// one instance from aborting its own transactions against each other by the hundred.

interface Lane {
  running: number;
  waiting: (() => void)[];
}

export class KeyedLimiter {
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const lane = this.lanes.get(key) ?? { running: 0, waiting: [] };
    this.lanes.set(key, lane);
    if (lane.running >= this.limit) await new Promise<void>((resolve) => lane.waiting.push(resolve));
    lane.running += 1;
    try {
      return await task();
    } finally {
      lane.running -= 1;
      const next = lane.waiting.shift();
      if (next) next();
      else if (lane.running === 0) this.lanes.delete(key);
    }
  }

  /** Tasks running or waiting for `key` (tests and logs). */
  pending(key: string): number {
    const lane = this.lanes.get(key);
    return lane ? lane.running + lane.waiting.length : 0;
  }
}
