// The brand colour is typed as #RRGGBB or picked with the browser's colour input, which only
// takes a complete lowercase #rrggbb: anything else shows black there until the text is fixed.

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value.trim());
}

export function colorInputValue(value: string): string {
  const trimmed = value.trim();
  return isHexColor(trimmed) ? trimmed.toLowerCase() : '#000000';
}
