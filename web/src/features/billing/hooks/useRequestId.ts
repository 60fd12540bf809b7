// Idempotency keys for staff operations (adjustCredits, refundOrder): one per dialog opening, kept
// while the same content is sent again (double click, retry after a network error) so the server
// applies it once, and renewed when the content changes, which makes it another operation.
import { useCallback, useRef } from 'react';

/** `opening` is the key generated when the dialog opened; a new opening starts afresh. */
export function useRequestId(opening: string) {
  const last = useRef<{ opening: string; content: string; requestId: string } | null>(null);
  return useCallback(
    (content: string): string => {
      const previous = last.current;
      if (previous === null || previous.opening !== opening) {
        last.current = { opening, content, requestId: opening };
      } else if (previous.content !== content) {
        last.current = { opening, content, requestId: crypto.randomUUID() };
      }
      return last.current?.requestId ?? opening;
    },
    [opening],
  );
}
