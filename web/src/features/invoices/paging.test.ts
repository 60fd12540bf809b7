// Pages read with cursors, some documents left out by a check: full pages while documents remain,
// where to continue, and a bounded number of documents read per click.
import { describe, expect, it } from 'vitest';
import { collectPage, type FetchBatch } from './paging.ts';

/** A list of numbers 1..total read in order; the cursor is the last number read. */
function source(total: number) {
  const reads: { after: number | null; size: number }[] = [];
  const fetchBatch: FetchBatch<number, number> = (after, size) => {
    reads.push({ after, size });
    const start = after ?? 0;
    const items = [];
    for (let n = start + 1; n <= Math.min(total, start + size); n += 1) items.push({ item: n, cursor: n });
    return Promise.resolve(items);
  };
  return { fetchBatch, reads };
}

describe('collectPage', () => {
  it('reads one page plus one without a check, and continues after the last item shown', async () => {
    const { fetchBatch, reads } = source(60);
    const first = await collectPage(fetchBatch, { after: null, pageSize: 25 });
    expect(first.items).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(first.next).toBe(25);
    expect(reads).toEqual([{ after: null, size: 26 }]);
    const second = await collectPage(fetchBatch, { after: first.next, pageSize: 25 });
    expect(second.items[0]).toBe(26);
    expect(second.next).toBe(50);
    const last = await collectPage(fetchBatch, { after: second.next, pageSize: 25 });
    expect(last.items).toEqual(Array.from({ length: 10 }, (_, i) => i + 51));
    expect(last.next).toBeNull();
  });

  it('has no next page when the list holds exactly one page', async () => {
    const { fetchBatch } = source(25);
    const page = await collectPage(fetchBatch, { after: null, pageSize: 25 });
    expect(page.items).toHaveLength(25);
    expect(page.next).toBeNull();
  });

  it('answers an empty page for an empty list', async () => {
    const { fetchBatch } = source(0);
    expect(await collectPage(fetchBatch, { after: null, pageSize: 25 })).toEqual({ items: [], next: null });
    expect(await collectPage(fetchBatch, { after: null, pageSize: 25, keep: () => true })).toEqual({
      items: [],
      next: null,
    });
  });

  it('reads batch after batch until the page of kept items is full', async () => {
    const { fetchBatch, reads } = source(1000);
    const multiplesOf7 = (n: number) => n % 7 === 0;
    const page = await collectPage(fetchBatch, {
      after: null,
      pageSize: 25,
      keep: multiplesOf7,
      batchSize: 100,
    });
    expect(page.items).toEqual(Array.from({ length: 25 }, (_, i) => (i + 1) * 7));
    // The 26th multiple (182) was read: the page continues after the 25th (175).
    expect(page.next).toBe(175);
    expect(reads).toEqual([
      { after: null, size: 100 },
      { after: 100, size: 100 },
    ]);
    const next = await collectPage(fetchBatch, { after: page.next, pageSize: 25, keep: multiplesOf7 });
    expect(next.items[0]).toBe(182);
  });

  it('ends when the list does, with fewer kept items than a page', async () => {
    const { fetchBatch } = source(230);
    const page = await collectPage(fetchBatch, {
      after: null,
      pageSize: 25,
      keep: (n) => n % 50 === 0,
      batchSize: 100,
    });
    expect(page).toEqual({ items: [50, 100, 150, 200], next: null });
  });

  it('stops after reading enough documents, and says where to go on', async () => {
    const { fetchBatch, reads } = source(10_000);
    const page = await collectPage(fetchBatch, {
      after: null,
      pageSize: 25,
      keep: (n) => n === 42 || n > 9000,
      batchSize: 100,
      maxScanned: 300,
    });
    expect(page).toEqual({ items: [42], next: 300 });
    expect(reads).toHaveLength(3);
    const further = await collectPage(fetchBatch, {
      after: page.next,
      pageSize: 2,
      keep: (n) => n > 9000,
      maxScanned: 20_000,
    });
    expect(further.items).toEqual([9001, 9002]);
  });
});
