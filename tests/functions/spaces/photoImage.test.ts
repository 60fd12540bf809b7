// The resource photo pipeline (SPACE-1) without the emulators: types read from magic bytes only,
// photos turned upright, stripped, fitted within 1600 px and re-encoded as WebP, and everything
// that is not a decodable JPEG, PNG or WebP of sane dimensions refused.
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { MAX_PHOTO_BYTES } from '@agora/domain';
import {
  PHOTO_MAX_EDGE,
  PhotoRejectedError,
  detectImageType,
  prepareResourcePhoto,
} from '../../../functions/src/spaces/photoImage.ts';
import { blankPng, pngWithGarbage, sideBySideJpeg } from './images.ts';

const bytes = (...values: number[]) => Buffer.from(values);
const text = (value: string) => Buffer.from(value, 'latin1');

describe('detectImageType', () => {
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00), 'image/png'],
    ['WebP', Buffer.concat([text('RIFF'), bytes(0x24, 0, 0, 0), text('WEBPVP8 ')]), 'image/webp'],
  ])('recognises %s by its signature', (_name, input, expected) => {
    expect(detectImageType(input)).toBe(expected);
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a text file', text('Bonjour, ceci est un fichier texte renommé en photo.jpg')],
    ['a JPEG signature cut short', bytes(0xff, 0xd8)],
    ['a PNG signature cut short', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a)],
    ['a PNG signature with one byte wrong', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b)],
    [
      'a RIFF file that is not WebP (WAV)',
      Buffer.concat([text('RIFF'), bytes(0x24, 0, 0, 0), text('WAVEfmt ')]),
    ],
    ['RIFF alone', text('RIFF')],
    ['WEBP without RIFF', Buffer.concat([text('RIFX'), bytes(0, 0, 0, 0), text('WEBP')])],
    ['a GIF', text('GIF89a')],
    ['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a PDF', text('%PDF-1.7')],
  ])('answers null for %s', (_name, input) => {
    expect(detectImageType(input)).toBeNull();
  });
});

/** RGB of the pixel at (x, y) of an encoded image. */
async function pixel(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [...data.subarray(offset, offset + 3)];
}

async function rejectionOf(input: Buffer): Promise<PhotoRejectedError> {
  const error: unknown = await prepareResourcePhoto(input).then(
    () => new Error('expected the photo to be refused'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof PhotoRejectedError)) throw error;
  return error;
}

describe('prepareResourcePhoto', () => {
  it('turns a 3000×2000 JPEG upright from its EXIF tag, fits it within 1600 px and stores WebP without metadata', async () => {
    // Stored landscape, red left half, blue right half; orientation 6 says "rotate 90° clockwise
    // to display": upright it is portrait, red on top.
    const input = await sideBySideJpeg(3000, 2000, 6);
    expect((await sharp(input).metadata()).orientation).toBe(6);

    const photo = await prepareResourcePhoto(input);

    expect(photo.contentType).toBe('image/webp');
    expect(photo.height).toBe(PHOTO_MAX_EDGE);
    expect(photo.width).toBeGreaterThanOrEqual(1066);
    expect(photo.width).toBeLessThanOrEqual(1067);
    expect(photo.bytes).toBe(photo.data.length);
    expect(detectImageType(photo.data)).toBe('image/webp');
    const stored = await sharp(photo.data).metadata();
    expect(stored).toMatchObject({ format: 'webp', width: photo.width, height: photo.height });
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    const [top, bottom] = await Promise.all([
      pixel(photo.data, Math.floor(photo.width / 2), Math.floor(photo.height / 4)),
      pixel(photo.data, Math.floor(photo.width / 2), Math.floor((photo.height * 3) / 4)),
    ]);
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(bottom[0]).toBeLessThan(60);
  });

  it('keeps a small PNG at its size (never enlarged) and accepts WebP', async () => {
    const png = await prepareResourcePhoto(await blankPng(800, 600));
    expect([png.width, png.height, png.contentType]).toEqual([800, 600, 'image/webp']);
    const webpInput = await sharp({
      create: { width: 120, height: 80, channels: 3, background: '#3366cc' },
    })
      .webp()
      .toBuffer();
    const webp = await prepareResourcePhoto(webpInput);
    expect([webp.width, webp.height]).toEqual([120, 80]);
  });

  it('refuses unknown types, a PNG signature followed by garbage and a truncated JPEG', async () => {
    const jpeg = await sideBySideJpeg(600, 400, 1);
    for (const input of [
      text('Ceci n’est pas une image.'),
      Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37 + 11) % 256)),
      pngWithGarbage(),
      jpeg.subarray(0, Math.floor(jpeg.length / 2)),
    ]) {
      expect((await rejectionOf(input)).reason).toBe('type-invalid');
    }
  });

  it('refuses a tiny file announcing a 100-megapixel canvas before decoding it', async () => {
    // A valid 1×1 PNG whose header is rewritten to claim 10000×10000 (CRC fixed, so only the
    // pixel limit can refuse it at the header).
    const png = Buffer.from(await blankPng(1, 1));
    png.writeUInt32BE(10_000, 16);
    png.writeUInt32BE(10_000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect((await sharp(png).metadata()).width).toBe(10_000);

    const error = await rejectionOf(png);
    expect(error.reason).toBe('type-invalid');
    expect(error.message).toMatch(/pixel limit/);
  });

  it('refuses more than MAX_PHOTO_BYTES before looking at the content', async () => {
    const input = Buffer.alloc(MAX_PHOTO_BYTES + 1);
    input.set([0xff, 0xd8, 0xff]);
    expect((await rejectionOf(input)).reason).toBe('too-large');
  });
});
