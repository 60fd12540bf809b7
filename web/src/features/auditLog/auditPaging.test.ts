import { describe, expect, it } from 'vitest';
import { currentStart, firstPage, newerPage, olderPage, pageNumber } from './auditPaging.ts';

describe('audit paging', () => {
  it('starts at the newest entry', () => {
    const stack = firstPage<string>();
    expect(currentStart(stack)).toBeNull();
    expect(pageNumber(stack)).toBe(1);
  });

  it('goes older after the last entry shown, and back again', () => {
    const second = olderPage(firstPage<string>(), 'c50');
    const third = olderPage(second, 'c100');
    expect([currentStart(third), pageNumber(third)]).toEqual(['c100', 3]);
    const back = newerPage(third);
    expect([currentStart(back), pageNumber(back)]).toEqual(['c50', 2]);
    const newest = newerPage(back);
    expect([currentStart(newest), pageNumber(newest)]).toEqual([null, 1]);
  });

  it('stays on the newest page when asked for a more recent one', () => {
    const stack = firstPage<string>();
    expect(newerPage(stack)).toBe(stack);
  });
});
