// Test images for the resource photo tests, generated with sharp so no binary fixture is stored.
import sharp from 'sharp';

/**
 * A JPEG whose left half is red and right half blue, carrying the given EXIF orientation (1 =
 * upright, 6 = to be rotated 90° clockwise for display), so tests can tell it was turned.
 */
export async function sideBySideJpeg(width: number, height: number, orientation: number): Promise<Buffer> {
  const half = Math.floor(width / 2);
  return sharp({ create: { width, height, channels: 3, background: '#ff0000' } })
    .composite([
      {
        input: { create: { width: width - half, height, channels: 3, background: '#0000ff' } },
        left: half,
        top: 0,
      },
    ])
    .jpeg({ quality: 85 })
    .withMetadata({ orientation })
    .toBuffer();
}

/** A plain PNG with an alpha channel. */
export function blankPng(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 160, b: 90, alpha: 0.6 } } })
    .png()
    .toBuffer();
}

/** The 8-byte PNG signature followed by bytes that are no PNG chunk at all. */
export function pngWithGarbage(): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('not a chunk, just garbage '.repeat(80), 'latin1'),
  ]);
}
