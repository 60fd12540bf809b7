// Inline styles shared by the templates: mail clients ignore most stylesheets, so style goes inline.
import type { CSSProperties } from 'react';

export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export const heading: CSSProperties = {
  margin: '0 0 16px',
  fontSize: '22px',
  lineHeight: '30px',
  fontWeight: 700,
  color: '#1a1a1a',
};

export const paragraph: CSSProperties = {
  margin: '0 0 16px',
  fontSize: '16px',
  lineHeight: '24px',
  color: '#1a1a1a',
};

export const muted: CSSProperties = {
  margin: '0 0 12px',
  fontSize: '14px',
  lineHeight: '20px',
  color: '#5c5c5c',
};

/** Long URLs shown as text must wrap, or they widen the column on phones. */
export const rawLink: CSSProperties = {
  fontSize: '14px',
  lineHeight: '20px',
  wordBreak: 'break-all',
};
