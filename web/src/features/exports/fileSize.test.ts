import { describe, expect, it } from 'vitest';
import { formatFileSize } from './fileSize.ts';

describe('formatFileSize', () => {
  it('writes kilo-octets under a mégaoctet, at least one', () => {
    expect(formatFileSize(48_213, 'fr')).toBe('48 Ko');
    expect(formatFileSize(48_213, 'en')).toBe('48 KB');
    expect(formatFileSize(12, 'fr')).toBe('1 Ko');
    expect(formatFileSize(0, 'fr')).toBe('1 Ko');
  });

  it('writes mégaoctets with one decimal in each language', () => {
    expect(formatFileSize(1_468_006, 'fr')).toBe('1,4 Mo');
    expect(formatFileSize(1_468_006, 'en')).toBe('1.4 MB');
    expect(formatFileSize(1024 * 1024, 'fr')).toBe('1 Mo');
  });

  it('rounds just under a mégaoctet up to 1 Mo rather than 1 024 Ko', () => {
    expect(formatFileSize(1024 * 1024 - 1, 'fr')).toBe('1 Mo');
  });
});
