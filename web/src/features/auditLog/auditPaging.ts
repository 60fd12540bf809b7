// Page-by-page navigation of the audit list ("Plus ancien" / "Plus récent"): Firestore cursors only
// go forward, so the start of every page already shown is kept; going back re-reads that page.

export interface PageStack<Cursor> {
  /** Where each page read so far starts (null: the newest entry); the last one is on show. */
  starts: readonly (Cursor | null)[];
}

export function firstPage<Cursor>(): PageStack<Cursor> {
  return { starts: [null] };
}

/** The page on show starts here. */
export function currentStart<Cursor>(stack: PageStack<Cursor>): Cursor | null {
  return stack.starts.at(-1) ?? null;
}

/** 1 for the newest page. */
export function pageNumber<Cursor>(stack: PageStack<Cursor>): number {
  return Math.max(1, stack.starts.length);
}

/** The next, older page, starting after the cursor the page on show ended with. */
export function olderPage<Cursor>(stack: PageStack<Cursor>, next: Cursor): PageStack<Cursor> {
  return { starts: [...stack.starts, next] };
}

/** Back to the previous, more recent page; the newest page stays where it is. */
export function newerPage<Cursor>(stack: PageStack<Cursor>): PageStack<Cursor> {
  return stack.starts.length > 1 ? { starts: stack.starts.slice(0, -1) } : stack;
}
