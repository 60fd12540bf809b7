// Dates and the failures of the invoice callables, in words people can act on.
import { describe, expect, it } from 'vitest';
import { CallableError } from '../../lib/firebase/callableError.ts';
import { correctionErrorKey, downloadErrorKey, formatIssueDate } from './display.ts';

const failure = (code: string, reason: 'forbidden' | null = null) =>
  new CallableError(code, code, reason, []);

describe('invoice display', () => {
  it('writes the issue day in the organisation zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(formatIssueDate(new Date('2025-12-31T23:30:00Z'), 'Europe/Paris')).toBe('01/01/2026');
    expect(formatIssueDate(null, 'Europe/Paris')).toBe('—');
  });

  it('explains why a download failed', () => {
    expect(downloadErrorKey(failure('not-found'))).toBe('notFound');
    expect(downloadErrorKey(failure('permission-denied'))).toBe('forbidden');
    expect(downloadErrorKey(failure('failed-precondition', 'forbidden'))).toBe('forbidden');
    expect(downloadErrorKey(failure('failed-precondition'))).toBe('pdfPending');
    expect(downloadErrorKey(failure('unavailable'))).toBe('network');
    expect(downloadErrorKey(failure('unauthenticated'))).toBe('unauthenticated');
    expect(downloadErrorKey(failure('internal'))).toBe('generic');
    expect(downloadErrorKey(new DOMException('bad', 'InvalidCharacterError'))).toBe('badFile');
    expect(downloadErrorKey(new Error('?'))).toBe('generic');
  });

  it('names the refusals of a correction', () => {
    expect(correctionErrorKey(failure('not-found'))).toBe('notFound');
    expect(correctionErrorKey(failure('failed-precondition'))).toBe('alreadyCorrected');
    expect(correctionErrorKey(failure('already-exists'))).toBe('alreadyCorrected');
    expect(correctionErrorKey(failure('permission-denied'))).toBeNull();
    expect(correctionErrorKey(new Error('?'))).toBeNull();
  });
});
