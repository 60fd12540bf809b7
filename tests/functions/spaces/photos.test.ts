// uploadResourcePhoto / removeResourcePhoto against the Firestore and Storage emulators (SPACE-1):
// what is stored is a resized WebP whose entry matches the file, refused uploads leave neither
// entry nor file, only staff may upload, a resource holds MAX_RESOURCE_PHOTOS photos even under
// concurrent uploads, and removing deletes both. Each test uses a resource id of its own because
// resetEmulators() empties Firestore and Auth, not Storage.
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { Timestamp } from 'firebase-admin/firestore';
import {
  MAX_PHOTO_BYTES,
  MAX_RESOURCE_PHOTOS,
  resourcePhotosSchema,
  validationMessages,
} from '@agora/domain';
import { defaultBucket } from '../../../functions/src/lib/bucket.ts';
import { removeResourcePhoto, uploadResourcePhoto } from '../../../functions/src/spaces/resourcePhotos.ts';
import { call, rejection, signedIn } from '../support/callables.ts';
import { blankPng, pngWithGarbage, sideBySideJpeg } from './images.ts';

const person = (uid: string, role?: string) =>
  signedIn(uid, { email: `${uid}@example.fr`, email_verified: true, ...(role ? { role } : {}) });
const admin = person('admin-1', 'admin');
const assistant = person('assistant-1', 'assistant');
const member = person('member-1');

let resourceId = '';
const resourceRef = () => testDb.collection('resources').doc(resourceId);
const prefix = () => `resources/${resourceId}/photos/`;

async function photos() {
  return resourcePhotosSchema.parse((await resourceRef().get()).get('photos'));
}
const auditEntries = async () =>
  (await testDb.collection('auditLog').where('target', '==', `resources/${resourceId}`).get()).docs.map(
    (doc) => doc.data(),
  );
async function storedFiles(): Promise<string[]> {
  const [files] = await defaultBucket().getFiles({ prefix: prefix() });
  return files.map((file) => file.name).sort();
}
const upload = (content: Buffer, auth = admin) =>
  call(uploadResourcePhoto, { resourceId, contentBase64: content.toString('base64') }, auth);

/** The rejection of an upload the pipeline refuses, and proof that nothing was kept. */
async function expectRefused(content: Buffer, key: 'photoTypeInvalid' | 'photoTooLarge') {
  const error = await rejection(upload(content));
  expect(error.code).toBe('invalid-argument');
  expect(error.details).toEqual({
    reason: 'invalid-input',
    issues: [{ path: 'contentBase64', code: key, message: validationMessages[key].fr }],
  });
  expect(await photos()).toEqual([]);
  expect(await storedFiles()).toEqual([]);
  expect(await auditEntries()).toEqual([]);
}

beforeEach(async () => {
  await resetEmulators();
  resourceId = `room-${randomUUID()}`;
  await resourceRef().set({
    name: 'Salle Lumière',
    kind: 'meeting-room',
    capacity: 8,
    active: true,
    photos: [],
    updatedAt: Timestamp.fromDate(new Date('2026-01-01T00:00:00Z')),
  });
});
afterAll(closeEmulators);

describe('uploadResourcePhoto: stored photos', () => {
  it('stores a 3000×2000 JPEG turned upright and resized to WebP, with an entry matching the file', async () => {
    const { photoId } = await upload(await sideBySideJpeg(3000, 2000, 6));

    const [entry, ...others] = await photos();
    expect(others).toEqual([]);
    const path = `${prefix()}${photoId}.webp`;
    expect(entry).toMatchObject({ id: photoId, path, contentType: 'image/webp', height: 1600 });
    // Orientation 6: the stored landscape displays as a portrait, fitted to 1600 px high.
    expect(entry?.width).toBeGreaterThanOrEqual(1066);
    expect(entry?.width).toBeLessThanOrEqual(1067);
    expect(await storedFiles()).toEqual([path]);

    const file = defaultBucket().file(path);
    const [[bytes], [metadata]] = await Promise.all([file.download(), file.getMetadata()]);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(metadata.contentType).toBe('image/webp');
    expect(bytes.length).toBe(entry?.bytes);
    const decoded = await sharp(bytes).metadata();
    expect([decoded.width, decoded.height]).toEqual([entry?.width, entry?.height]);
    expect(decoded.exif).toBeUndefined();
    const updatedAt = (await resourceRef().get()).get('updatedAt') as Timestamp;
    expect(updatedAt.toMillis()).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
    expect(await auditEntries()).toEqual([
      {
        actor: 'admin-1',
        action: 'resource.photo.add',
        target: `resources/${resourceId}`,
        after: entry,
        at: expect.any(Timestamp),
      },
    ]);
  });

  it('accepts a PNG from an assistant, keeping its size', async () => {
    const { photoId } = await upload(await blankPng(800, 600), assistant);
    expect(await photos()).toEqual([
      {
        id: photoId,
        path: `${prefix()}${photoId}.webp`,
        contentType: 'image/webp',
        width: 800,
        height: 600,
        bytes: expect.any(Number),
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v0\/b\/.+\?alt=media&token=[0-9a-f-]{36}$/),
      },
    ]);
    expect(await storedFiles()).toEqual([`${prefix()}${photoId}.webp`]);
    // The token URL serves the file to anyone holding it (the catalogue), Storage rules staying closed.
    const [entry] = await photos();
    const response = await fetch(String(entry?.url));
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(8, 12).toString('latin1')).toBe('WEBP');
  });
});

describe('uploadResourcePhoto: refused uploads leave nothing behind', () => {
  it('refuses a text file renamed as a photo', async () => {
    await expectRefused(
      Buffer.from('Ceci n’est pas une photo, juste un fichier .txt renommé.'),
      'photoTypeInvalid',
    );
  });

  it('refuses random bytes', async () => {
    await expectRefused(
      Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37 + 11) % 256)),
      'photoTypeInvalid',
    );
  });

  it('refuses a PNG signature followed by garbage', async () => {
    await expectRefused(pngWithGarbage(), 'photoTypeInvalid');
  });

  it('refuses a file over 5 MB, whether the schema or the decoded size catches it', async () => {
    // 6 MB: the base64 is longer than the schema allows.
    const big = Buffer.alloc(6 * 1024 * 1024, 0x41);
    big.set([0xff, 0xd8, 0xff]);
    const error = await rejection(upload(big));
    expect(error.code).toBe('invalid-argument');
    expect(error.details?.issues).toEqual([
      expect.objectContaining({ path: 'contentBase64', code: 'photoTooLarge' }),
    ]);
    // One byte over: its base64 has exactly the longest length the schema accepts, so only the
    // decoded size refuses it, before any decoding (it would otherwise be photoTypeInvalid).
    const justOver = Buffer.alloc(MAX_PHOTO_BYTES + 1, 0x41);
    justOver.set([0xff, 0xd8, 0xff]);
    await expectRefused(justOver, 'photoTooLarge');
  });

  it('refuses a member (permission-denied) and writes nothing', async () => {
    const png = await blankPng(64, 48);
    const error = await rejection(upload(png, member));
    expect(error.code).toBe('permission-denied');
    expect(error.details?.reason).toBe('forbidden');
    expect(await photos()).toEqual([]);
    expect(await storedFiles()).toEqual([]);
    // The same file from an assistant goes through: the role alone made the difference.
    await expect(upload(png, assistant)).resolves.toEqual({ photoId: expect.any(String) });
  });

  it('answers not-found for an unknown resource', async () => {
    const error = await rejection(
      call(
        uploadResourcePhoto,
        { resourceId: 'no-such-room', contentBase64: (await blankPng(8, 8)).toString('base64') },
        admin,
      ),
    );
    expect(error.code).toBe('not-found');
  });
});

describe('uploadResourcePhoto: at most MAX_RESOURCE_PHOTOS', () => {
  it(`refuses the ${String(MAX_RESOURCE_PHOTOS + 1)}th photo with too-many-photos`, async () => {
    const png = await blankPng(64, 48);
    for (let index = 0; index < MAX_RESOURCE_PHOTOS; index += 1) await upload(png);
    const before = await storedFiles();
    expect(before).toHaveLength(MAX_RESOURCE_PHOTOS);

    const error = await rejection(upload(png));
    expect(error.code).toBe('failed-precondition');
    expect(error.details?.reason).toBe('too-many-photos');
    expect(await photos()).toHaveLength(MAX_RESOURCE_PHOTOS);
    expect(await storedFiles()).toEqual(before);
  });

  it('keeps entries and files equal when concurrent uploads race for the last place', async () => {
    const png = await blankPng(64, 48);
    for (let index = 0; index < MAX_RESOURCE_PHOTOS - 1; index += 1) await upload(png);

    const results = await Promise.allSettled(Array.from({ length: 4 }, () => upload(png)));

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') {
        expect(result.reason).toMatchObject({
          code: 'failed-precondition',
          details: { reason: 'too-many-photos' },
        });
      }
    }
    const entries = await photos();
    expect(entries).toHaveLength(MAX_RESOURCE_PHOTOS);
    // The losers' files, written before their transaction failed, were deleted again.
    expect(await storedFiles()).toEqual(entries.map((entry) => entry.path).sort());
  });
});

describe('removeResourcePhoto', () => {
  it('removes the entry and deletes the file, leaving the other photos; a second call changes nothing', async () => {
    const png = await blankPng(64, 48);
    const { photoId: kept } = await upload(png);
    const { photoId: removed } = await upload(png);
    const removedEntry = (await photos()).find((entry) => entry.id === removed);
    const removals = async () =>
      (await auditEntries()).filter((audit) => audit.action === 'resource.photo.remove');

    await expect(call(removeResourcePhoto, { resourceId, photoId: removed }, assistant)).resolves.toEqual({
      ok: true,
    });

    expect((await photos()).map((entry) => entry.id)).toEqual([kept]);
    expect(await storedFiles()).toEqual([`${prefix()}${kept}.webp`]);
    expect(await removals()).toEqual([
      {
        actor: 'assistant-1',
        action: 'resource.photo.remove',
        target: `resources/${resourceId}`,
        before: removedEntry,
        at: expect.any(Timestamp),
      },
    ]);
    await expect(call(removeResourcePhoto, { resourceId, photoId: removed }, assistant)).resolves.toEqual({
      ok: true,
    });
    expect((await photos()).map((entry) => entry.id)).toEqual([kept]);
    expect(await storedFiles()).toEqual([`${prefix()}${kept}.webp`]);
    expect(await removals()).toHaveLength(1);
  });

  it('deletes a file left behind by an earlier removal whose file deletion failed', async () => {
    // The entry is already gone; only the file remains (the state a failed deletion leaves).
    const leftover = `${prefix()}leftover-photo.webp`;
    await defaultBucket()
      .file(leftover)
      .save(await blankPng(8, 8), { resumable: false });
    expect(await storedFiles()).toEqual([leftover]);

    await call(removeResourcePhoto, { resourceId, photoId: 'leftover-photo' }, admin);

    expect(await storedFiles()).toEqual([]);
    expect(await auditEntries()).toEqual([]);
  });

  it('refuses a member and answers not-found for an unknown resource', async () => {
    const { photoId } = await upload(await blankPng(64, 48));
    const denied = await rejection(call(removeResourcePhoto, { resourceId, photoId }, member));
    expect(denied.code).toBe('permission-denied');
    expect(await photos()).toHaveLength(1);
    expect(await storedFiles()).toHaveLength(1);
    const missing = await rejection(
      call(removeResourcePhoto, { resourceId: 'no-such-room', photoId }, admin),
    );
    expect(missing.code).toBe('not-found');
  });
});
