// The project's default Storage bucket (documents, invoices, attachments): the runtime's, or its
// conventional name when the runtime does not say (tests, emulator).
import { storage } from './admin.ts';

export function defaultBucket() {
  const instance = storage();
  if (instance.app.options.storageBucket) return instance.bucket();
  return instance.bucket(`${process.env.GCLOUD_PROJECT ?? ''}.appspot.com`);
}
