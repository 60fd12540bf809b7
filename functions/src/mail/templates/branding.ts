// The organisation's look in every message, and the colours derived from it.

/** What a template needs from `settings/organization`; the outbox maps the settings onto it. */
export interface Branding {
  organizationName: string;
  /** `#rrggbb`; anything else falls back to the default, so a bad setting cannot inject CSS. */
  primaryColor: string;
  /** Public https URL of the logo (a Storage download URL); absent means the name is shown. */
  logoUrl?: string;
  /** Legal mentions (company, address, SIRET...); line breaks are kept. */
  legalFooter?: string;
}

export const DEFAULT_PRIMARY_COLOR = '#1f4e79';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function primaryColor(branding: Branding): string {
  return HEX_COLOR.test(branding.primaryColor) ? branding.primaryColor.toLowerCase() : DEFAULT_PRIMARY_COLOR;
}

const DARK_TEXT = '#1a1a1a';
const LIGHT_TEXT = '#ffffff';

/** Text colour readable on a background: whichever of white and near-black contrasts more (WCAG). */
export function textColorOn(background: string): string {
  const luminance = relativeLuminance(background);
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithDark = (luminance + 0.05) / (relativeLuminance(DARK_TEXT) + 0.05);
  return contrastWithWhite >= contrastWithDark ? LIGHT_TEXT : DARK_TEXT;
}

function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The logo only when it is an http(s) URL: it lands in an `src` attribute. */
export function logoUrl(branding: Branding): string | undefined {
  return branding.logoUrl && /^https?:\/\//i.test(branding.logoUrl) ? branding.logoUrl : undefined;
}
