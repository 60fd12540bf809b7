// Idempotency keys for bookSpace (`requestId`): one key per booking the member submits, kept while
// the same booking is sent again (a double click, a retry after a network error) so the server
// books it once and answers the same booking, renewed when anything about the booking changes.

export interface RequestKey {
  /** What the key was made for (resource, times, seats, payment). */
  content: string;
  requestId: string;
}

export function requestKeyFor(
  previous: RequestKey | null,
  content: string,
  makeId: () => string = () => crypto.randomUUID(),
): RequestKey {
  return previous?.content === content ? previous : { content, requestId: makeId() };
}
