// A photo picked for a resource: the types and size the server accepts (checked there again, from
// the bytes), and the base64 text `uploadResourcePhoto` takes.
import { MAX_PHOTO_BYTES } from '@agora/domain';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** The file input's `accept`: the picker offers only these. */
export const PHOTO_ACCEPT = PHOTO_TYPES.join(',');

/** Why a picked file cannot be sent (a domain message key), or null when it may. */
export function photoFileProblem(file: {
  type: string;
  size: number;
}): 'photoTypeInvalid' | 'photoTooLarge' | null {
  if (!PHOTO_TYPES.some((type) => type === file.type)) return 'photoTypeInvalid';
  if (file.size > MAX_PHOTO_BYTES) return 'photoTooLarge';
  return null;
}

/** Base64 of the bytes, built in chunks: one call per byte would overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
