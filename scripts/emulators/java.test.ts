import { describe, expect, it } from 'vitest';
import { javaMajor } from './java.ts';

describe('javaMajor', () => {
  it.each([
    ['openjdk version "25.0.3" 2026-04-21 LTS', 25],
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "21" 2023-09-19', 21],
  ])('reads %s as %i', (output, major) => {
    expect(javaMajor(output)).toBe(major);
  });

  it('returns null for unrelated output', () => {
    expect(javaMajor('command not found')).toBeNull();
  });
});
