import { describe, expect, it } from 'vitest';
import { changedSections } from './changedSections.ts';

describe('changedSections', () => {
  it('names the changed sections in the page’s order', () => {
    expect(changedSections(['policies', 'branding', 'legalEntity'])).toEqual({
      known: ['legalEntity', 'branding', 'policies'],
      unknown: [],
    });
  });

  it('keeps keys the page does not know apart', () => {
    expect(changedSections(['logo', 'modules'])).toEqual({ known: ['modules'], unknown: ['logo'] });
    expect(changedSections([])).toEqual({ known: [], unknown: [] });
  });
});
