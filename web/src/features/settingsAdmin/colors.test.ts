import { describe, expect, it } from 'vitest';
import { colorInputValue, isHexColor } from './colors.ts';

describe('brand colour', () => {
  it('hands the colour input a complete lowercase hex value', () => {
    expect(colorInputValue('#1D4E89')).toBe('#1d4e89');
    expect(colorInputValue(' #1d4e89 ')).toBe('#1d4e89');
    expect(colorInputValue('#1d4e8')).toBe('#000000');
    expect(colorInputValue('blue')).toBe('#000000');
  });

  it('tells a valid #RRGGBB', () => {
    expect(isHexColor('#A0b1C2')).toBe(true);
    expect(isHexColor('A0B1C2')).toBe(false);
  });
});
