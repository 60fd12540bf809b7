// The PDF of an invoice, credit note or statement (INV-4, issue 6 item 4): A4, DejaVu Sans embedded
// (French accents, ’ « » and € all have glyphs; the standard PDF fonts cannot encode most of them),
// drawn with pdf-lib from the stored fields only. Rendering is deterministic — fixed metadata dates,
// pdf-lib's seeded font-name suffix, no clock or randomness — so a lost file is rebuilt byte for byte
// and matches the SHA-256 kept on the invoice.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage, type RGB } from 'pdf-lib';
import type { InvoiceContent, InvoiceKind, InvoiceLine } from '@agora/domain';

/** What the PDF prints: the composed content plus what numbering adds. */
export type PrintableInvoice = InvoiceContent & { number: string; issuedAt: Date };

export interface RenderInvoiceOptions {
  /** The organisation's logo, PNG or JPEG; drawn top-left, scaled to fit. */
  logo?: Uint8Array;
}

// A4 in points.
export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 42;
const LEFT = MARGIN;
const RIGHT = A4.width - MARGIN;
const CONTENT_WIDTH = RIGHT - LEFT;
/** Content stops here; below is the footer. */
const BOTTOM = 62;
/** The right-hand column (title, buyer, totals). */
const COLUMN_X = 318;

const INK = rgb(0.12, 0.14, 0.17);
const MUTED = rgb(0.4, 0.43, 0.48);
const ACCENT = rgb(0x1d / 255, 0x4e / 255, 0x89 / 255);
const RULE = rgb(0.8, 0.83, 0.87);
const TINT = rgb(0.93, 0.95, 0.98);
const WHITE = rgb(1, 1, 1);

const TITLES: Record<InvoiceKind, string> = {
  invoice: 'FACTURE',
  'credit-note': 'AVOIR',
  statement: 'RELEVÉ',
};

// ---------------------------------------------------------------------------------------------
// Fonts: read and parsed once per process. Parsing is cheap but fontkit builds its GSUB/GPOS
// tables on the first layout (~20 ms for DejaVu); handing pdf-lib the already parsed font keeps that
// cost on the first PDF only. Sharing it is safe: pdf-lib only reads it and makes a new subset per
// document.

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type ParsedFont = ReturnType<Fontkit['create']>;

interface FontFile {
  bytes: Uint8Array;
  parsed: ParsedFont;
  /** Advance width per code point, in font units: measuring text is the hot path of word wrap. */
  advances: Map<number, number>;
}

interface FontFiles {
  regular: FontFile;
  bold: FontFile;
  fontkit: Fontkit;
  /** The text as both faces can draw it (see printableText). */
  clean: (text: string) => string;
}

let fontFiles: Promise<FontFiles> | undefined;

/**
 * Every OpenType feature fontkit would apply, switched off. pdf-lib draws glyphs at their plain
 * advance widths and ignores the positions (kerning, marks) that GPOS computes, so running those
 * lookups was most of the rendering time for nothing; without ligatures each glyph also maps back to
 * exactly one character, which keeps the text copied or extracted from the PDF exact.
 */
const PLAIN_GLYPHS = Object.fromEntries(
  'rvrn ltra ltrm ccmp locl rlig mark mkmk calt clig liga rclt curs kern'
    .split(' ')
    .map((tag) => [tag, false]),
);

async function readFont(path: string): Promise<FontFile> {
  const bytes = new Uint8Array(await readFile(path));
  return { bytes, parsed: fontkit.create(bytes), advances: new Map() };
}

/**
 * The text as the fonts can draw it: NFC (pdf-lib ignores mark positioning, so a decomposed "é"
 * would print its accent beside the letter), control characters turned into spaces, and any
 * character without a glyph in both faces (emoji in a name...) replaced by "?" rather than drawn as
 * an empty box. Cached: the same labels and words come back on every invoice.
 */
function printableText(regular: ParsedFont, bold: ParsedFont): (text: string) => string {
  const coverage = new Map<number, boolean>();
  const cache = new Map<string, string>();
  const covered = (codePoint: number) => {
    let known = coverage.get(codePoint);
    if (known === undefined) {
      known = regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint);
      coverage.set(codePoint, known);
    }
    return known;
  };
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    let out = '';
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) out += ' ';
      else if (covered(codePoint)) out += char;
      else out += /\s/u.test(char) ? ' ' : '?';
    }
    // Bounded: names and descriptions vary without end over the life of an instance.
    if (cache.size >= 20_000) cache.clear();
    cache.set(text, out);
    return out;
  };
}

function loadFonts(): Promise<FontFiles> {
  fontFiles ??= (async () => {
    // Resolved at run time from the installed package: the bundle is ESM and keeps
    // dejavu-fonts-ttf external, so the files sit in node_modules next to it.
    const resolvePackage = createRequire(import.meta.url);
    const [regular, bold] = await Promise.all([
      readFont(resolvePackage.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      readFont(resolvePackage.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    ]);
    const cached: Fontkit = {
      create: (data, postscriptName) =>
        data === regular.bytes
          ? regular.parsed
          : data === bold.bytes
            ? bold.parsed
            : fontkit.create(data, postscriptName),
    };
    return { regular, bold, fontkit: cached, clean: printableText(regular.parsed, bold.parsed) };
  })().catch((error: unknown) => {
    // A failed read (e.g. a missing package) must not stick for the life of the instance.
    fontFiles = undefined;
    throw error;
  });
  return fontFiles;
}

// ---------------------------------------------------------------------------------------------
// French formatting.

// Amounts, rates and country names are formatted here rather than by Intl: ICU data changes with
// Node releases (CLDR has changed separators and country names before), and a PDF rebuilt after
// such an upgrade must still match the SHA-256 stored on the invoice.

/**
 * "1 234,56 €", "-90,00 €": thousands separated by U+202F and U+00A0 before the sign, as French
 * typography (and Intl's fr-FR) has them. DejaVu Sans has both glyphs, and neither is a break
 * opportunity for the word wrap, so an amount never splits over two lines.
 */
export function formatMoney(cents: number): string {
  const absolute = Math.abs(Math.round(cents));
  const units = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+$)/g, '\u202f');
  const sign = cents < 0 && absolute > 0 ? '-' : '';
  return `${sign}${units},${String(absolute % 100).padStart(2, '0')}\u00a0€`;
}

/** "20 %", "5,5 %". */
export const formatRate = (rate: number): string =>
  `${String(Math.round(rate * 100) / 100).replace('.', ',')}\u00a0%`;

const parisDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** dd/mm/yyyy in Paris time: an invoice issued at 23:30 UTC on the 31st is dated the 1st. */
export function formatDate(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parisDate.formatToParts(date).find((item) => item.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** The countries buyers and sellers are expected in; any other falls back to ICU's name. */
const COUNTRIES: Record<string, string> = {
  FR: 'France',
  BE: 'Belgique',
  CH: 'Suisse',
  LU: 'Luxembourg',
  MC: 'Monaco',
  DE: 'Allemagne',
  ES: 'Espagne',
  IT: 'Italie',
  PT: 'Portugal',
  NL: 'Pays-Bas',
  GB: 'Royaume-Uni',
  IE: 'Irlande',
  AT: 'Autriche',
  PL: 'Pologne',
  CA: 'Canada',
  US: 'États-Unis',
  MA: 'Maroc',
  TN: 'Tunisie',
  DZ: 'Algérie',
  SN: 'Sénégal',
  RE: 'La Réunion',
  GP: 'Guadeloupe',
  MQ: 'Martinique',
  GF: 'Guyane française',
  YT: 'Mayotte',
};
const regionNames = new Intl.DisplayNames(['fr'], { type: 'region' });

function countryName(code: string): string {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  const known = COUNTRIES[upper];
  if (known) return known;
  try {
    return regionNames.of(upper) ?? code;
  } catch {
    return code;
  }
}

/** "+33478000000" → "+33 4 78 00 00 00"; other numbers as stored. */
function formatPhone(phone: string): string {
  const french = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(phone);
  return french ? `+33 ${french.slice(1).join(' ')}` : phone;
}

// ---------------------------------------------------------------------------------------------
// Drawing.

interface Face {
  pdf: PDFFont;
  file: FontFile;
}

interface Style {
  bold?: boolean;
  size: number;
  color?: RGB;
}

class Canvas {
  readonly pages: PDFPage[] = [];
  page: PDFPage;
  /** Top of the next element, in PDF coordinates (from the bottom of the page). */
  y = A4.height - MARGIN;
  // Plain fields, not parameter properties: the bench runs this file with Node's type stripping.
  private readonly doc: PDFDocument;
  private readonly regular: Face;
  private readonly bold: Face;
  readonly clean: (text: string) => string;

  constructor(doc: PDFDocument, regular: Face, bold: Face, clean: (text: string) => string) {
    this.doc = doc;
    this.regular = regular;
    this.bold = bold;
    this.clean = clean;
    this.page = this.addPage();
  }

  addPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN;
    return this.page;
  }

  /** Room for `height` more points on this page? */
  fits(height: number): boolean {
    return this.y - height >= BOTTOM;
  }

  face(style: Style): Face {
    return style.bold ? this.bold : this.regular;
  }

  /**
   * The same width pdf-lib's widthOfTextAtSize gives (sum of advance widths: it applies no
   * kerning, and PLAIN_GLYPHS leaves one glyph per character), without a fontkit layout per call.
   */
  width(text: string, style: Style): number {
    const { parsed, advances } = this.face(style).file;
    let units = 0;
    for (const char of this.clean(text)) {
      const codePoint = char.codePointAt(0) ?? 0;
      let advance = advances.get(codePoint);
      if (advance === undefined) {
        advance = parsed.glyphForCodePoint(codePoint).advanceWidth;
        advances.set(codePoint, advance);
      }
      units += advance;
    }
    return (units * style.size) / parsed.unitsPerEm;
  }

  text(text: string, x: number, baseline: number, style: Style): void {
    const printable = this.clean(text);
    if (printable === '') return;
    this.page.drawText(printable, {
      x,
      y: baseline,
      size: style.size,
      font: this.face(style).pdf,
      color: style.color ?? INK,
    });
  }

  textRight(text: string, right: number, baseline: number, style: Style): void {
    this.text(text, right - this.width(text, style), baseline, style);
  }

  /** Right-aligned in a cell, shrunk rather than overflowing into the next column. */
  fitRight(text: string, right: number, width: number, baseline: number, style: Style): void {
    const natural = this.width(text, style);
    const size = natural > width ? Math.max(5, (style.size * width) / natural) : style.size;
    this.textRight(text, right, baseline, { ...style, size });
  }

  /**
   * Greedy word wrap on ordinary spaces only, so "45,00 €" (no-break space) stays together. A word
   * wider than the line is cut by characters.
   */
  wrap(text: string, style: Style, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of this.clean(text).split(/ *\n */)) {
      let current = '';
      for (const word of paragraph.split(/ +/).filter(Boolean)) {
        const candidate = current ? `${current} ${word}` : word;
        if (this.width(candidate, style) <= maxWidth) {
          current = candidate;
          continue;
        }
        if (current) lines.push(current);
        current = word;
        while (this.width(current, style) > maxWidth && current.length > 1) {
          let cut = current.length - 1;
          while (cut > 1 && this.width(current.slice(0, cut), style) > maxWidth) cut -= 1;
          lines.push(current.slice(0, cut));
          current = current.slice(cut);
        }
      }
      if (current) lines.push(current);
    }
    return lines.length > 0 ? lines : [''];
  }

  rule(x1: number, x2: number, y: number, color: RGB = RULE, thickness = 0.6): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color });
  }

  box(x: number, top: number, width: number, height: number, fill: RGB, border?: RGB): void {
    this.page.drawRectangle({
      x,
      y: top - height,
      width,
      height,
      color: fill,
      ...(border ? { borderColor: border, borderWidth: 0.6 } : {}),
    });
  }

  image(image: PDFImage, x: number, top: number, width: number, height: number): void {
    this.page.drawImage(image, { x, y: top - height, width, height });
  }
}

// ---------------------------------------------------------------------------------------------
// Sections.

const SMALL: Style = { size: 8.5, color: MUTED };
const SMALL_LEADING = 11.5;

function embedLogo(doc: PDFDocument, logo: Uint8Array): Promise<PDFImage> {
  const png = logo[0] === 0x89 && logo[1] === 0x50 && logo[2] === 0x4e && logo[3] === 0x47;
  const jpeg = logo[0] === 0xff && logo[1] === 0xd8 && logo[2] === 0xff;
  if (png) return doc.embedPng(logo);
  if (jpeg) return doc.embedJpg(logo);
  throw new Error('the invoice logo must be a PNG or JPEG image');
}

/** Seller identity, top-left (under the logo): who issues the document, as the law requires. */
function drawSeller(canvas: Canvas, invoice: PrintableInvoice, logo: PDFImage | undefined): number {
  const { seller } = invoice;
  const width = COLUMN_X - LEFT - 18;
  let top = A4.height - MARGIN;
  if (logo) {
    const size = logo.scaleToFit(160, 56);
    canvas.image(logo, LEFT, top, size.width, size.height);
    top -= size.height + 14;
  }
  const nameStyle: Style = { bold: true, size: 12 };
  let baseline = top - 11;
  for (const text of canvas.wrap(seller.name, nameStyle, width)) {
    canvas.text(text, LEFT, baseline, nameStyle);
    baseline -= 15;
  }
  baseline += 15 - SMALL_LEADING - 3;
  const details = [
    seller.shareCapitalCents === undefined
      ? seller.legalForm
      : `${seller.legalForm} au capital de ${formatMoney(seller.shareCapitalCents)}`,
    seller.address.line1,
    seller.address.line2,
    `${seller.address.postalCode} ${seller.address.city}`,
    countryName(seller.address.country),
    `SIRET : ${seller.siret}`,
    seller.vatNumber ? `N° TVA intracommunautaire : ${seller.vatNumber}` : undefined,
    seller.trainingDeclarationNumber
      ? `N° de déclaration d’activité : ${seller.trainingDeclarationNumber}`
      : undefined,
    [seller.email, seller.phone ? formatPhone(seller.phone) : undefined].filter(Boolean).join(' · '),
  ];
  for (const detail of details) {
    if (!detail) continue;
    for (const text of canvas.wrap(detail, SMALL, width)) {
      canvas.text(text, LEFT, baseline, SMALL);
      baseline -= SMALL_LEADING;
    }
  }
  return baseline + SMALL_LEADING - 4;
}

/** Title, number and dates, top-right; then the buyer box. Returns the bottom of the box. */
function drawTitleAndBuyer(canvas: Canvas, invoice: PrintableInvoice): number {
  const titleStyle: Style = { bold: true, size: 22, color: ACCENT };
  let baseline = A4.height - MARGIN - 17;
  canvas.textRight(TITLES[invoice.kind], RIGHT, baseline, titleStyle);
  baseline -= 19;
  canvas.textRight(`N° ${invoice.number}`, RIGHT, baseline, { bold: true, size: 11 });
  baseline -= 15;
  const dateStyle: Style = { size: 8.5 };
  canvas.textRight(`Date d’émission : ${formatDate(invoice.issuedAt)}`, RIGHT, baseline, dateStyle);
  baseline -= SMALL_LEADING;
  canvas.textRight(
    `Date de la vente / prestation : ${formatDate(invoice.saleDate)}`,
    RIGHT,
    baseline,
    dateStyle,
  );

  const { buyer } = invoice;
  const padding = 10;
  const boxWidth = RIGHT - COLUMN_X;
  const textWidth = boxWidth - 2 * padding;
  const body: Style = { size: 8.5 };
  const rows: { text: string; style: Style; leading: number }[] = [];
  const add = (text: string | undefined, style: Style, leading: number) => {
    if (!text) return;
    for (const part of canvas.wrap(text, style, textWidth)) rows.push({ text: part, style, leading });
  };
  add('Facturé à', { bold: true, size: 7.5, color: MUTED }, 13);
  add(buyer.name, { bold: true, size: 10 }, 13);
  if (buyer.company) {
    add(buyer.company.name, { bold: true, size: 8.5 }, SMALL_LEADING);
    add(buyer.company.siren ? `SIREN : ${buyer.company.siren}` : undefined, body, SMALL_LEADING);
    add(
      buyer.company.vatNumber ? `N° TVA intracommunautaire : ${buyer.company.vatNumber}` : undefined,
      body,
      SMALL_LEADING,
    );
  }
  add(buyer.address.line1, body, SMALL_LEADING);
  add(buyer.address.line2, body, SMALL_LEADING);
  add(`${buyer.address.postalCode} ${buyer.address.city}`, body, SMALL_LEADING);
  add(countryName(buyer.address.country), body, SMALL_LEADING);
  add(buyer.email, { size: 8.5, color: MUTED }, SMALL_LEADING);

  const boxTop = baseline - 16;
  const height = padding + rows.reduce((sum, row) => sum + row.leading, 0) + padding - 3;
  canvas.box(COLUMN_X, boxTop, boxWidth, height, TINT);
  let y = boxTop - padding - 7;
  for (const row of rows) {
    canvas.text(row.text, COLUMN_X + padding, y, row.style);
    y -= row.leading;
  }
  return boxTop - height;
}

/** Top of a continuation page: which document this is, so a loose page is still identifiable. */
function drawContinuationHeader(canvas: Canvas, invoice: PrintableInvoice): void {
  const baseline = A4.height - MARGIN - 10;
  canvas.text(`${TITLES[invoice.kind]} N° ${invoice.number} (suite)`, LEFT, baseline, {
    bold: true,
    size: 10,
    color: ACCENT,
  });
  canvas.textRight(invoice.seller.name, RIGHT, baseline, SMALL);
  canvas.rule(LEFT, RIGHT, baseline - 8);
  canvas.y = baseline - 22;
}

interface Column {
  label: string;
  width: number;
  cell: (line: InvoiceLine) => string;
}

const CELL_PADDING = 5;
const NUMBER_COLUMNS: Column[] = [
  { label: 'Qté', width: 34, cell: (line) => String(line.quantity) },
  { label: 'PU HT', width: 70, cell: (line) => formatMoney(line.unitNetCents) },
  { label: 'TVA', width: 44, cell: (line) => (line.vatRate === null ? '—' : formatRate(line.vatRate)) },
  { label: 'Total HT', width: 72, cell: (line) => formatMoney(line.netCents) },
  { label: 'Total TTC', width: 74, cell: (line) => formatMoney(line.grossCents) },
];
const DESCRIPTION_WIDTH = CONTENT_WIDTH - NUMBER_COLUMNS.reduce((sum, column) => sum + column.width, 0);
const TABLE_HEADER_HEIGHT = 20;
const BODY: Style = { size: 8.5 };
const BODY_LEADING = 11;
const NOTE: Style = { size: 7, color: MUTED };
const NOTE_LEADING = 9;

function drawTableHeader(canvas: Canvas): void {
  const top = canvas.y;
  canvas.box(LEFT, top, CONTENT_WIDTH, TABLE_HEADER_HEIGHT, ACCENT);
  const baseline = top - 13.5;
  const style: Style = { bold: true, size: 8, color: WHITE };
  canvas.text('Désignation', LEFT + CELL_PADDING, baseline, style);
  let right = LEFT + DESCRIPTION_WIDTH;
  for (const column of NUMBER_COLUMNS) {
    right += column.width;
    canvas.textRight(column.label, right - CELL_PADDING, baseline, style);
  }
  canvas.y = top - TABLE_HEADER_HEIGHT;
}

function drawLines(canvas: Canvas, invoice: PrintableInvoice): void {
  drawTableHeader(canvas);
  const textWidth = DESCRIPTION_WIDTH - 2 * CELL_PADDING;
  for (const line of invoice.lines) {
    const description = canvas.wrap(line.description, BODY, textWidth);
    const note = line.vatNote ? canvas.wrap(line.vatNote, NOTE, textWidth) : [];
    const height =
      6 + description.length * BODY_LEADING + (note.length > 0 ? 1 + note.length * NOTE_LEADING : 0) + 4;
    // A row never splits; one taller than a whole page (never seen in practice) overflows instead
    // of looping forever.
    if (!canvas.fits(height) && canvas.y < A4.height - MARGIN - 60) {
      canvas.addPage();
      drawContinuationHeader(canvas, invoice);
      drawTableHeader(canvas);
    }
    const top = canvas.y;
    let baseline = top - 6 - 7;
    const first = baseline;
    for (const text of description) {
      canvas.text(text, LEFT + CELL_PADDING, baseline, BODY);
      baseline -= BODY_LEADING;
    }
    baseline += BODY_LEADING - NOTE_LEADING - 1;
    for (const text of note) {
      canvas.text(text, LEFT + CELL_PADDING, baseline, NOTE);
      baseline -= NOTE_LEADING;
    }
    let right = LEFT + DESCRIPTION_WIDTH;
    for (const column of NUMBER_COLUMNS) {
      right += column.width;
      canvas.fitRight(column.cell(line), right - CELL_PADDING, column.width - 2 * CELL_PADDING, first, BODY);
    }
    canvas.y = top - height;
    canvas.rule(LEFT, RIGHT, canvas.y);
  }
}

/** Totals per VAT rate, then excl. VAT / VAT / incl. VAT on the right; the payment on the left. */
function drawTotals(canvas: Canvas, invoice: PrintableInvoice): void {
  const { totals } = invoice;
  const rowHeight = 14;
  const totalBand = 24;
  const height = 14 + totals.byRate.length * 13 + 8 + 2 * rowHeight + 4 + totalBand;
  if (!canvas.fits(height)) {
    canvas.addPage();
    drawContinuationHeader(canvas, invoice);
  }
  const top = canvas.y - 14;
  const labelX = COLUMN_X + 8;
  const valueX = RIGHT - 8;

  let baseline = top - 9;
  for (const row of totals.byRate) {
    const label =
      row.rate === null
        ? `Sans TVA sur ${formatMoney(row.netCents)}`
        : `TVA ${formatRate(row.rate)} sur ${formatMoney(row.netCents)}`;
    canvas.text(label, labelX, baseline, SMALL);
    canvas.textRight(formatMoney(row.vatCents), valueX, baseline, SMALL);
    baseline -= 13;
  }
  canvas.rule(COLUMN_X, RIGHT, baseline + 6);
  baseline -= 8;
  const body: Style = { size: 9.5 };
  canvas.text('Total HT', labelX, baseline, body);
  canvas.textRight(formatMoney(totals.netCents), valueX, baseline, body);
  baseline -= rowHeight;
  canvas.text('TVA', labelX, baseline, body);
  canvas.textRight(formatMoney(totals.vatCents), valueX, baseline, body);
  baseline -= rowHeight - 4;
  const bandTop = baseline;
  canvas.box(COLUMN_X, bandTop, RIGHT - COLUMN_X, totalBand, ACCENT);
  const strong: Style = { bold: true, size: 11, color: WHITE };
  canvas.text('Total TTC', labelX, bandTop - 16, strong);
  canvas.textRight(formatMoney(totals.grossCents), valueX, bandTop - 16, strong);
  const totalsBottom = bandTop - totalBand;

  // Payment, left of the totals.
  const width = COLUMN_X - LEFT - 24;
  let left = top - 9;
  canvas.text('Règlement', LEFT, left, { bold: true, size: 8.5 });
  left -= 12;
  for (const text of canvas.wrap(invoice.payment.label, BODY, width)) {
    canvas.text(text, LEFT, left, BODY);
    left -= BODY_LEADING;
  }
  canvas.y = Math.min(totalsBottom, left + BODY_LEADING - 4);
}

/** The legal wording, in the order composed, as paragraphs; a paragraph may continue on a new page. */
function drawMentions(canvas: Canvas, invoice: PrintableInvoice): void {
  if (invoice.mentions.length === 0) return;
  const style: Style = { size: 7.5, color: MUTED };
  const leading = 9.5;
  canvas.y -= 22;
  if (!canvas.fits(12 + leading * 2)) {
    canvas.addPage();
    drawContinuationHeader(canvas, invoice);
  }
  canvas.rule(LEFT, RIGHT, canvas.y);
  let baseline = canvas.y - 12;
  for (const mention of invoice.mentions) {
    for (const text of canvas.wrap(mention, style, CONTENT_WIDTH)) {
      if (baseline < BOTTOM) {
        canvas.addPage();
        drawContinuationHeader(canvas, invoice);
        baseline = canvas.y - 8;
      }
      canvas.text(text, LEFT, baseline, style);
      baseline -= leading;
    }
    baseline -= 3;
  }
  canvas.y = baseline;
}

/** Every page: who and which document, and "page n/N" once the count is known. */
function drawFooters(canvas: Canvas, invoice: PrintableInvoice): void {
  const { seller } = invoice;
  const style: Style = { size: 7, color: MUTED };
  const left = [seller.name, `SIRET ${seller.siret}`, `${TITLES[invoice.kind]} N° ${invoice.number}`].join(
    ' · ',
  );
  canvas.pages.forEach((page, index) => {
    canvas.page = page;
    canvas.rule(LEFT, RIGHT, 44);
    canvas.text(left, LEFT, 32, style);
    canvas.textRight(`Page ${index + 1}/${canvas.pages.length}`, RIGHT, 32, style);
  });
}

// ---------------------------------------------------------------------------------------------

export async function renderInvoicePdf(
  invoice: PrintableInvoice,
  options: RenderInvoiceOptions = {},
): Promise<Uint8Array> {
  const fonts = await loadFonts();
  // No default metadata: pdf-lib would stamp the current time and its own name.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fonts.fontkit);
  // Subset: only the glyphs used are embedded (a few tens of KB instead of ~700 KB per face).
  const [regular, bold] = await Promise.all([
    doc.embedFont(fonts.regular.bytes, { subset: true, features: PLAIN_GLYPHS }),
    doc.embedFont(fonts.bold.bytes, { subset: true, features: PLAIN_GLYPHS }),
  ]);
  const logo = options.logo ? await embedLogo(doc, options.logo) : undefined;

  const title = `${TITLES[invoice.kind].charAt(0)}${TITLES[invoice.kind].slice(1).toLowerCase()}`;
  doc.setTitle(invoice.number, { showInWindowTitleBar: true });
  doc.setSubject(`${title} n° ${invoice.number}`);
  doc.setAuthor(invoice.seller.name);
  doc.setCreator('Agora');
  doc.setProducer('Agora');
  doc.setLanguage('fr-FR');
  doc.setCreationDate(invoice.issuedAt);
  doc.setModificationDate(invoice.issuedAt);

  const canvas = new Canvas(
    doc,
    { pdf: regular, file: fonts.regular },
    { pdf: bold, file: fonts.bold },
    fonts.clean,
  );
  const sellerBottom = drawSeller(canvas, invoice, logo);
  const buyerBottom = drawTitleAndBuyer(canvas, invoice);
  canvas.y = Math.min(sellerBottom, buyerBottom) - 18;

  if (invoice.corrects) {
    const text =
      invoice.kind === 'credit-note'
        ? `Avoir sur la facture n° ${invoice.corrects.number}`
        : `Remplace la facture n° ${invoice.corrects.number}`;
    canvas.text(text, LEFT, canvas.y - 9, { bold: true, size: 9.5, color: ACCENT });
    canvas.y -= 22;
  }

  drawLines(canvas, invoice);
  drawTotals(canvas, invoice);
  drawMentions(canvas, invoice);
  drawFooters(canvas, invoice);
  return doc.save();
}
