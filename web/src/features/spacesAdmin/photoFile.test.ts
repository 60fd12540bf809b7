import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from '@agora/domain';
import { bytesToBase64, PHOTO_ACCEPT, photoFileProblem } from './photoFile.ts';

describe('photo files', () => {
  it('accept JPEG, PNG and WebP up to the size limit', () => {
    expect(PHOTO_ACCEPT).toBe('image/jpeg,image/png,image/webp');
    expect(photoFileProblem({ type: 'image/webp', size: MAX_PHOTO_BYTES })).toBeNull();
  });

  it('name what is wrong with another file', () => {
    expect(photoFileProblem({ type: 'image/gif', size: 10 })).toBe('photoTypeInvalid');
    expect(photoFileProblem({ type: 'image/png', size: MAX_PHOTO_BYTES + 1 })).toBe('photoTooLarge');
  });

  it('encode bytes in base64, beyond one chunk too', () => {
    expect(bytesToBase64(new Uint8Array([0xff, 0xd8, 0xff]))).toBe('/9j/');
    // 100,000 × 'A': 33,333 groups of three bytes, then one byte left.
    const large = new Uint8Array(100_000).fill(65);
    expect(bytesToBase64(large)).toBe(`${'QUFB'.repeat(33_333)}QQ==`);
  });
});
