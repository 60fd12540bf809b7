// `npm run bench:invoice [-- 500]` (issue 6 item 4, for the closing note): how long the invoice PDF
// takes to render and how big it is. No emulator: it renders in-process with the same renderer the
// functions use. The first render is timed on its own (fonts read from disk and parsed, pdf-lib and
// fontkit warming up), then N renders of a typical consumer invoice (1 to 3 lines, in turn) and N of
// a 40-line one (two pages).
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import {
  composeInvoice,
  totalsOf,
  type BuyerSnapshot,
  type ComposeInput,
  type InvoiceLine,
  type Sale,
} from '@agora/domain';
import { demoOrganization } from '../seed/demo-data.ts';
import { renderInvoicePdf, type PrintableInvoice } from '../../functions/src/invoices/pdf.ts';

const { values, positionals } = parseArgs({
  options: { count: { type: 'string' } },
  allowPositionals: true,
});
const N = Number(values.count ?? positionals[0] ?? '200');
if (!Number.isInteger(N) || N < 1) throw new Error(`invalid count ${String(values.count ?? positionals[0])}`);

// Single-purpose vouchers: the pack is invoiced with its VAT, so the totals show a VAT row.
const settings: ComposeInput['settings'] = {
  legalEntity: demoOrganization.legalEntity,
  vatRegime: demoOrganization.vatRegime,
  voucherMode: 'single-purpose',
  invoicing: demoOrganization.invoicing,
};
const buyer: BuyerSnapshot = {
  name: 'Léa Dubois',
  address: { line1: '3 rue Garibaldi', postalCode: '69003', city: 'Lyon', country: 'FR' },
  email: 'lea.dubois@agora.test',
};
const issuedAt = new Date('2026-11-21T09:00:00Z');
const packs = [
  { description: 'Pack 1 crédit', unitGrossCents: 1000 },
  { description: 'Pack 5 crédits', unitGrossCents: 4500 },
  { description: 'Pack 10 crédits', unitGrossCents: 8500 },
];

const saleOf = (description: string, unitGrossCents: number, quantity: number): Sale => ({
  type: 'credit-pack',
  description,
  quantity,
  unitGrossCents,
  vatRate: 20,
  paidAt: new Date('2026-11-20T10:00:00Z'),
  paymentMethod: 'card',
});
// Seller, buyer, mentions and payment of every benchmarked invoice; the lines vary.
const base = composeInvoice({ settings, buyer, sale: saleOf('Pack 1 crédit', 1000, 1) });

function lineOf(description: string, unitGrossCents: number, quantity: number): InvoiceLine {
  const [line] = composeInvoice({
    settings,
    buyer,
    sale: saleOf(description, unitGrossCents, quantity),
  }).lines;
  if (!line) throw new Error('composeInvoice gave no line');
  return line;
}

const invoiceWith = (lines: InvoiceLine[], sequence: number): PrintableInvoice => ({
  ...base,
  lines,
  totals: totalsOf(lines),
  number: `F-2026-${String(sequence).padStart(6, '0')}`,
  issuedAt,
});

// Composed once (composing is not what is measured); each render gets its own number.
const typicalLines = [1, 2, 3].map((count) =>
  packs.slice(0, count).map((pack, at) => lineOf(pack.description, pack.unitGrossCents, at + 1)),
);
const longLines = Array.from({ length: 40 }, (_, at) =>
  lineOf(`Atelier n° ${at + 1} — gestion de projet, après-midi`, 900 * ((at % 3) + 1), 1),
);
/** 1, 2 or 3 pack lines, in turn. */
const typical = (index: number) => invoiceWith(typicalLines[index % 3] ?? [], index + 1);
const long = (index: number) => invoiceWith(longLines, 100_000 + index);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function timed(invoice: PrintableInvoice): Promise<{ ms: number; bytes: Uint8Array }> {
  const start = performance.now();
  const bytes = await renderInvoicePdf(invoice);
  return { ms: performance.now() - start, bytes };
}

async function series(label: string, make: (index: number) => PrintableInvoice): Promise<void> {
  const times: number[] = [];
  const sizes: number[] = [];
  let pages = new Set<number>();
  for (let index = 0; index < N; index += 1) {
    const { ms: elapsed, bytes } = await timed(make(index));
    times.push(elapsed);
    sizes.push(bytes.length);
    // Outside the timing; the first three cover the 1-, 2- and 3-line variants.
    if (index < 3) pages.add((await PDFDocument.load(bytes)).getPageCount());
  }
  pages = new Set([...pages].sort());
  const first = times[0] ?? NaN;
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((sum, value) => sum + value, 0) / times.length;
  const bySize = [...sizes].sort((a, b) => a - b);
  console.log(
    `${label}, ${[...pages].join('/')} page(s): ${N} PDFs — first ${ms(first)}, mean ${ms(mean)}, p50 ${ms(percentile(sorted, 50))}, ` +
      `p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1) ?? NaN)}; ` +
      `size ${bySize[0]}–${bySize.at(-1)} bytes (mean ${Math.round(sizes.reduce((a, b) => a + b, 0) / N)})`,
  );
}

console.log(`bench:invoice: Node ${process.version}, ${N} renders per kind`);
const cold = await timed(typical(0));
console.log(
  `cold (first PDF of the process: fonts read and parsed): ${ms(cold.ms)}, ${cold.bytes.length} bytes`,
);
// The same invoice must give the same bytes (the SHA-256 on the invoice depends on it).
const again = await timed(typical(0));
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
if (digest(again.bytes) !== digest(cold.bytes))
  throw new Error('the same invoice rendered to different bytes');
console.log(`deterministic: sha256 ${digest(cold.bytes).slice(0, 16)}… twice`);
await series('typical invoice (1–3 lines)', typical);
await series('40-line invoice', long);
