import { describe, expect, it } from 'vitest';
import { requestKeyFor } from './requestIds.ts';

describe('requestKeyFor', () => {
  it('keeps the key for the same booking and renews it for another', () => {
    let counter = 0;
    const makeId = () => `request-${String((counter += 1))}`;
    const first = requestKeyFor(null, 'room|09:00|10:00|1|credits', makeId);
    expect(first).toEqual({ content: 'room|09:00|10:00|1|credits', requestId: 'request-1' });
    expect(requestKeyFor(first, 'room|09:00|10:00|1|credits', makeId).requestId).toBe('request-1');
    expect(requestKeyFor(first, 'room|09:00|11:00|1|credits', makeId).requestId).toBe('request-2');
  });

  it('makes UUIDs the server accepts by default', () => {
    expect(requestKeyFor(null, 'x').requestId).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });
});
