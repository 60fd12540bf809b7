import { describe, expect, it } from 'vitest';
import { formatCount, formatShare, formatWholeEuros } from './kpiFormat.ts';

// French number formats group thousands with a narrow no-break space (U+202F) and put a no-break
// space (U+00A0) before the percent and euro signs.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatCount', () => {
  it('groups thousands in each language', () => {
    expect(formatCount(12345, 'fr')).toBe(`12${NNBSP}345`);
    expect(formatCount(12345, 'en')).toBe('12,345');
  });

  it('keeps one decimal for seat-hours', () => {
    expect(formatCount(12.25, 'fr')).toBe('12,3');
    expect(formatCount(-3, 'en')).toBe('-3');
  });
});

describe('formatShare', () => {
  it('writes a share as a whole percentage', () => {
    expect(formatShare(0.755, 'fr')).toBe(`76${NBSP}%`);
    expect(formatShare(1, 'en')).toBe('100%');
    expect(formatShare(0, 'fr')).toBe(`0${NBSP}%`);
  });

  it('writes a dash when nothing was offered', () => {
    expect(formatShare(null, 'fr')).toBe('—');
  });
});

describe('formatWholeEuros', () => {
  it('rounds to whole euros', () => {
    expect(formatWholeEuros(1234.5, 'fr')).toBe(`1${NNBSP}235${NBSP}€`);
    expect(formatWholeEuros(1234.5, 'en')).toBe('€1,235');
  });
});
