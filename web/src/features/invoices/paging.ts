// One page of a list read with cursors, when some documents read may be left out (the staff list's
// status, which no Firestore query can ask for): reads batch after batch until the page is full,
// the list ends, or enough documents were read for one click, and says where to continue.

export interface PageEntry<T, Cursor> {
  item: T;
  /** Where the next read starts to continue after this item. */
  cursor: Cursor;
}

/** Reads up to `size` entries after `after` (null: from the start), in list order. */
export type FetchBatch<T, Cursor> = (after: Cursor | null, size: number) => Promise<PageEntry<T, Cursor>[]>;

export interface CollectOptions<T, Cursor> {
  after: Cursor | null;
  pageSize: number;
  /** Keeps an item read; without it, every item is kept and one read of a page (plus one) is made. */
  keep?: ((item: T) => boolean) | null;
  /** Documents per read when items may be left out. */
  batchSize?: number;
  /** Stop reading after this many documents, even with a page not full: "load more" goes on. */
  maxScanned?: number;
}

export const DEFAULT_BATCH_SIZE = 100;
export const DEFAULT_MAX_SCANNED = 1000;

export interface CollectedPage<T, Cursor> {
  items: T[];
  /** Where the next page starts; null when the list has nothing more. */
  next: Cursor | null;
}

export async function collectPage<T, Cursor>(
  fetchBatch: FetchBatch<T, Cursor>,
  options: CollectOptions<T, Cursor>,
): Promise<CollectedPage<T, Cursor>> {
  const { pageSize, keep } = options;
  // Without a check, one more than the page tells whether a next page exists.
  const size = keep ? Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE) : pageSize + 1;
  const maxScanned = options.maxScanned ?? DEFAULT_MAX_SCANNED;
  const kept: PageEntry<T, Cursor>[] = [];
  let after = options.after;
  let scanned = 0;
  for (;;) {
    const batch = await fetchBatch(after, size);
    for (const entry of batch) {
      scanned += 1;
      if (keep && !keep(entry.item)) continue;
      // One more item kept than the page holds: the page is full and more remain after it.
      if (kept.length === pageSize)
        return { items: kept.map((e) => e.item), next: kept.at(-1)?.cursor ?? null };
      kept.push(entry);
    }
    const last = batch.at(-1);
    // A short read is the end of the list.
    if (batch.length < size || !last) return { items: kept.map((e) => e.item), next: null };
    after = last.cursor;
    if (scanned >= maxScanned) return { items: kept.map((e) => e.item), next: after };
  }
}
