// The three file formats of an export (ADM-2): CSV for French Excel (BOM, `;`), a real .xlsx
// (write-excel-file, typed cells: dates as dates, amounts as numbers in euros) and a PDF table for
// reading or printing (A4 landscape, repeated headings).
import writeXlsxFile from 'write-excel-file/node';
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { CSV_BOM, csvLine, zoneOffsetMs } from '@agora/domain';
import type { Cell, Column } from './datasets.ts';

export interface Table {
  title: string;
  columns: Column[];
  rows: Cell[][];
  timeZone: string;
}

function frenchDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(date);
}

function textOf(cell: Cell, column: Column, timeZone: string): string {
  if (cell === null) return '';
  if (cell instanceof Date) return frenchDate(cell, timeZone);
  if (typeof cell === 'number' && column.type === 'euros') {
    return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cell);
  }
  return typeof cell === 'number' ? String(cell) : cell;
}

export function toCsv(table: Table): Buffer {
  const lines = [
    csvLine(table.columns.map((column) => column.heading)),
    ...table.rows.map((row) =>
      csvLine(
        row.map((cell, index) => {
          const column = table.columns[index] ?? { heading: '', type: 'text' };
          // Numbers stay numbers (with a decimal comma) so Excel can add them up.
          return typeof cell === 'number' ? cell : textOf(cell, column, table.timeZone);
        }),
      ),
    ),
  ];
  return Buffer.from(CSV_BOM + lines.join(''), 'utf8');
}

export async function toXlsx(table: Table): Promise<Buffer> {
  const header = table.columns.map((column) => ({ value: column.heading, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    row.map((cell, index) => {
      const column = table.columns[index];
      if (cell === null) return null;
      // Excel dates carry no zone: write the organisation's wall clock.
      if (cell instanceof Date) {
        return {
          value: new Date(cell.getTime() + zoneOffsetMs(cell.getTime(), table.timeZone)),
          format: 'dd/mm/yyyy hh:mm',
        };
      }
      if (typeof cell === 'number')
        return { value: cell, ...(column?.type === 'euros' ? { format: '#,##0.00 €' } : {}) };
      return { value: cell };
    }),
  );
  return writeXlsxFile([header, ...rows], {
    sheet: table.title.slice(0, 31),
    columns: table.columns.map((column) => ({ width: column.type === 'text' ? 24 : 16 })),
    dateFormat: 'dd/mm/yyyy hh:mm',
  }).toBuffer();
}

/** Characters the standard PDF font cannot draw become plain ones (or '?'). */
function printable(value: string): string {
  return value.replace(/[\u00a0\u202f]/g, ' ').replace(/[^\u0020-\u007e\u00a0-\u00ff’‘“”–—…€•]/g, '?');
}

function fit(value: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(value, size) <= width) return value;
  let cut = value;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export async function toPdf(table: Table, generatedAt: Date): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(table.title);
  pdf.setCreationDate(generatedAt);
  pdf.setModificationDate(generatedAt);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height] = [841.89, 595.28];
  const margin = 36;
  const size = 7.5;
  const lineHeight = 11;
  const columnWidth = (width - 2 * margin) / table.columns.length;
  const rowsPerPage = Math.floor((height - 2 * margin - 40) / lineHeight);
  const pages = Math.max(1, Math.ceil(table.rows.length / rowsPerPage));
  for (let pageIndex = 0; pageIndex < pages; pageIndex += 1) {
    const page = pdf.addPage([width, height]);
    let y = height - margin;
    page.drawText(printable(`${table.title} — ${frenchDate(generatedAt, table.timeZone)}`), {
      x: margin,
      y,
      size: 12,
      font: bold,
    });
    page.drawText(`Page ${String(pageIndex + 1)} / ${String(pages)}`, {
      x: width - margin - 60,
      y,
      size: 8,
      font,
    });
    y -= 24;
    table.columns.forEach((column, index) => {
      page.drawText(fit(printable(column.heading), bold, size, columnWidth - 4), {
        x: margin + index * columnWidth,
        y,
        size,
        font: bold,
      });
    });
    page.drawLine({
      start: { x: margin, y: y - 3 },
      end: { x: width - margin, y: y - 3 },
      thickness: 0.5,
      color: rgb(0.6, 0.6, 0.6),
    });
    y -= lineHeight + 2;
    for (const row of table.rows.slice(pageIndex * rowsPerPage, (pageIndex + 1) * rowsPerPage)) {
      row.forEach((cell, index) => {
        const column = table.columns[index] ?? { heading: '', type: 'text' };
        page.drawText(fit(printable(textOf(cell, column, table.timeZone)), font, size, columnWidth - 4), {
          x: margin + index * columnWidth,
          y,
          size,
          font,
        });
      });
      y -= lineHeight;
    }
  }
  return Buffer.from(await pdf.save());
}
