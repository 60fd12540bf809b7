// The PDF answered in base64 becomes a Blob saved under a safe name through a hidden link, whose
// object URL is revoked afterwards.
import { describe, expect, it, vi } from 'vitest';
import {
  base64ToBytes,
  invoiceFile,
  pdfFileName,
  REVOKE_AFTER_MS,
  saveBlob,
  type SaveEnvironment,
} from './download.ts';

const PDF_TEXT = '%PDF-1.7\n€ é\n%%EOF';
const PDF_BASE64 = btoa(String.fromCharCode(...new TextEncoder().encode(PDF_TEXT)));
const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('base64ToBytes', () => {
  it('decodes every byte, including those above 127', () => {
    const bytes = base64ToBytes(PDF_BASE64);
    expect(textOf(bytes)).toBe(PDF_TEXT);
    expect([...base64ToBytes('AP+A')]).toEqual([0, 255, 128]);
  });

  it('ignores line breaks, and refuses text that is not base64', () => {
    expect([...base64ToBytes('AP\n+A')]).toEqual([0, 255, 128]);
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});

describe('pdfFileName', () => {
  it('keeps a plain name and adds .pdf when missing', () => {
    expect(pdfFileName('F-2026-000123.pdf', 'x')).toBe('F-2026-000123.pdf');
    expect(pdfFileName('F-2026-000123', 'x')).toBe('F-2026-000123.pdf');
    expect(pdfFileName('Facture.PDF', 'x')).toBe('Facture.PDF');
  });

  it('drops folders and forbidden characters, or falls back', () => {
    expect(pdfFileName('../../etc/F:1?.pdf', 'x')).toBe('F1.pdf');
    expect(pdfFileName('C:\\temp\\A-2026-000001.pdf', 'x')).toBe('A-2026-000001.pdf');
    expect(pdfFileName('', 'F-2026-000009')).toBe('F-2026-000009.pdf');
    expect(pdfFileName('..', 'inv1')).toBe('inv1.pdf');
  });
});

describe('invoiceFile', () => {
  it('makes a PDF Blob of the decoded bytes', async () => {
    const file = invoiceFile({ filename: 'F-2026-000001.pdf', base64: PDF_BASE64 }, 'fallback');
    expect(file.filename).toBe('F-2026-000001.pdf');
    expect(file.blob.type).toBe('application/pdf');
    expect(textOf(new Uint8Array(await file.blob.arrayBuffer()))).toBe(PDF_TEXT);
  });
});

describe('saveBlob', () => {
  function fakeEnvironment() {
    const link = {
      href: '',
      download: '',
      rel: '',
      style: { display: '' },
      click: vi.fn(),
      remove: vi.fn(),
    };
    const timers: { callback: () => void; ms: number }[] = [];
    const env = {
      document: {
        createElement: vi.fn(() => link),
        body: { append: vi.fn() },
      },
      createObjectURL: vi.fn(() => 'blob:agora/1'),
      revokeObjectURL: vi.fn(),
      setTimeout: (callback: () => void, ms: number) => timers.push({ callback, ms }),
    };
    return { env, link, timers };
  }

  it('clicks a hidden download link, removes it, and revokes the URL later', () => {
    const { env, link, timers } = fakeEnvironment();
    const blob = new Blob(['%PDF'], { type: 'application/pdf' });
    saveBlob(blob, 'F-2026-000001.pdf', env as unknown as SaveEnvironment);

    expect(env.createObjectURL).toHaveBeenCalledWith(blob);
    expect(env.document.createElement).toHaveBeenCalledWith('a');
    expect(link).toMatchObject({
      href: 'blob:agora/1',
      download: 'F-2026-000001.pdf',
      style: { display: 'none' },
    });
    expect(env.document.body.append).toHaveBeenCalledWith(link);
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
    expect(env.revokeObjectURL).not.toHaveBeenCalled();
    expect(timers.map((timer) => timer.ms)).toEqual([REVOKE_AFTER_MS]);
    timers[0]?.callback();
    expect(env.revokeObjectURL).toHaveBeenCalledWith('blob:agora/1');
  });

  it('still removes the link and revokes the URL when the click fails', () => {
    const { env, link, timers } = fakeEnvironment();
    link.click.mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(() => saveBlob(new Blob([]), 'a.pdf', env as unknown as SaveEnvironment)).toThrow('blocked');
    expect(link.remove).toHaveBeenCalledOnce();
    expect(timers).toHaveLength(1);
  });
});
