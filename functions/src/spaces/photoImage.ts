// The image pipeline behind resource photos (SPACE-1) and the organisation's logo (ADM-3), free of
// Firestore and Storage so it can be tested alone.
// Uploads come from staff browsers but are still untrusted bytes: the type is read from the
// content (never from a name or a declared type), sharp decodes them under a pixel cap, and what
// is stored is a fresh WebP re-encoded from pixels only, so no EXIF (GPS position, camera serial)
// or anything smuggled after the image data ever reaches the public bucket path.
import type Sharp from 'sharp';
import { MAX_PHOTO_BYTES, validationMessages } from '@agora/domain';
import { callableError } from '../lib/errors.ts';

export type PhotoContentType = 'image/jpeg' | 'image/png' | 'image/webp';

/** Longest side of a stored photo: sharp on a laptop screen, a few hundred KB in WebP. */
export const PHOTO_MAX_EDGE = 1600;
/**
 * Decoding refuses images above this many pixels (40 MP covers any phone or camera photo). A
 * small file can announce a huge canvas (a "decompression bomb"); sharp checks the header's
 * dimensions before allocating anything.
 */
export const PHOTO_MAX_INPUT_PIXELS = 40_000_000;
export const PHOTO_WEBP_QUALITY = 80;

export interface PreparedPhoto {
  data: Buffer;
  contentType: 'image/webp' | 'image/png';
  width: number;
  height: number;
  bytes: number;
}

/** Why a file was refused; the callable turns it into the matching validation message. */
export class PhotoRejectedError extends Error {
  readonly reason: 'too-large' | 'type-invalid';
  constructor(reason: 'too-large' | 'type-invalid', detail: string, options?: { cause?: unknown }) {
    super(`photo rejected (${reason}): ${detail}`, options);
    this.name = 'PhotoRejectedError';
    this.reason = reason;
  }
}

const startsWith = (bytes: Uint8Array, offset: number, expected: readonly number[]) =>
  bytes.length >= offset + expected.length &&
  expected.every((value, index) => bytes[offset + index] === value);

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** The image type announced by the file's first bytes, or null for anything else. */
export function detectImageType(bytes: Uint8Array): PhotoContentType | null {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF container: 'RIFF', 4 bytes of chunk size, then the form type 'WEBP'.
  if (startsWith(bytes, 0, ascii('RIFF')) && startsWith(bytes, 8, ascii('WEBP'))) return 'image/webp';
  return null;
}

/** sharp's name for each accepted type, to check its own sniffing agrees with ours. */
const SHARP_FORMATS: Record<PhotoContentType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

// sharp is a native addon: loaded on the first photo rather than when the bundle loads, so the
// other functions deployed from the same bundle do not pay for it at every cold start.
let sharpModule: Promise<typeof Sharp> | undefined;
function loadSharp() {
  sharpModule ??= import('sharp').then(({ default: sharp }) => {
    // Each photo is decoded once; libvips' operation cache would only hold memory between calls.
    sharp.cache(false);
    return sharp;
  });
  return sharpModule;
}

/**
 * Checks and re-encodes one uploaded photo: oriented upright from its EXIF tag, metadata dropped,
 * fitted within PHOTO_MAX_EDGE × PHOTO_MAX_EDGE (never enlarged), WebP. Throws PhotoRejectedError
 * for anything that is not a decodable JPEG, PNG or WebP of reasonable dimensions.
 */
export async function prepareResourcePhoto(
  bytes: Buffer,
  output: { maxEdge: number; format: 'webp' | 'png' } = { maxEdge: PHOTO_MAX_EDGE, format: 'webp' },
): Promise<PreparedPhoto> {
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw new PhotoRejectedError('too-large', `${bytes.length} bytes > ${MAX_PHOTO_BYTES}`);
  }
  const type = detectImageType(bytes);
  if (type === null) throw new PhotoRejectedError('type-invalid', 'unknown signature');

  const sharp = await loadSharp();
  const options = {
    limitInputPixels: PHOTO_MAX_INPUT_PIXELS,
    // The default, stated because it matters: abort on any decoder warning (truncated or corrupt
    // data) instead of storing a half-grey picture.
    failOn: 'warning',
    // Only the first frame of an animated PNG or WebP: a resource photo is a still image.
    pages: 1,
  } as const;
  try {
    const metadata = await sharp(bytes, options).metadata();
    if (metadata.format !== SHARP_FORMATS[type]) {
      throw new PhotoRejectedError('type-invalid', `signature ${type}, decoded as ${metadata.format}`);
    }
    const resized = sharp(bytes, options).autoOrient().resize({
      width: output.maxEdge,
      height: output.maxEdge,
      fit: 'inside',
      withoutEnlargement: true,
    });
    // No withMetadata()/keepMetadata(): sharp writes none (pixels converted to sRGB). A logo is
    // PNG: every mail client shows it, and pdf-lib can embed it.
    const encoded = output.format === 'png' ? resized.png() : resized.webp({ quality: PHOTO_WEBP_QUALITY });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const contentType = output.format === 'png' ? 'image/png' : 'image/webp';
    return { data, contentType, width: info.width, height: info.height, bytes: data.length };
  } catch (error) {
    if (error instanceof PhotoRejectedError) throw error;
    // sharp reports undecodable data, pixel-limit breaches and unsupported variants alike as plain
    // Errors; for an upload they all mean "not a photo we can use".
    const detail = error instanceof Error ? error.message : String(error);
    throw new PhotoRejectedError('type-invalid', detail, { cause: error });
  }
}

/** An upload refused on its file (`contentBase64`), with the message key the web translates. */
export function uploadRefused(
  key: 'photoTooLarge' | 'photoTypeInvalid' | 'logoTooLarge' | 'logoTypeInvalid',
): Error {
  const message = validationMessages[key].fr;
  return callableError('invalid-argument', message, {
    reason: 'invalid-input',
    issues: [{ path: 'contentBase64', code: key, message }],
  });
}
