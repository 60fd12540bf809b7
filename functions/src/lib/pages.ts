// Reading a large query page by page (cursor after the last document), so memory stays flat and no
// single read is unbounded. The query must carry an orderBy that ends on a unique key.
import type { DocumentData, Query, QueryDocumentSnapshot } from 'firebase-admin/firestore';

export async function* pagesOf(
  query: Query,
  size: number,
): AsyncGenerator<QueryDocumentSnapshot<DocumentData>[]> {
  let last: QueryDocumentSnapshot<DocumentData> | undefined;
  for (;;) {
    const page = await (last ? query.startAfter(last) : query).limit(size).get();
    if (page.size > 0) yield page.docs;
    last = page.docs.at(-1);
    if (page.size < size) return;
  }
}
