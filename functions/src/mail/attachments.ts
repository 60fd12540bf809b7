// Attachments in the form providers take (base64), whatever their source: text generated when the
// mail was queued (.ics), bytes, or a Storage object read with the Admin SDK at send time.
import type { MailAttachment } from '@agora/domain';
import { defaultBucket } from '../lib/bucket.ts';
import { TransportError } from './transports/types.ts';

export interface EncodedAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export async function encodeAttachments(attachments: MailAttachment[] = []): Promise<EncodedAttachment[]> {
  return Promise.all(
    attachments.map(async (attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      contentBase64: await contentBase64(attachment),
    })),
  );
}

async function contentBase64(attachment: MailAttachment): Promise<string> {
  if (attachment.contentBase64 !== undefined) return attachment.contentBase64;
  if (attachment.content !== undefined) return Buffer.from(attachment.content, 'utf8').toString('base64');
  if (attachment.storagePath !== undefined)
    return (await readStorageObject(attachment.storagePath)).toString('base64');
  // The schema requires one source; a document that slipped past it cannot be sent as it is.
  throw new TransportError(`Attachment ${attachment.filename} has no content.`, false);
}

async function readStorageObject(path: string): Promise<Buffer> {
  const file = defaultBucket().file(path);
  try {
    const [bytes] = await file.download();
    return bytes;
  } catch (error) {
    // A missing object will not appear by retrying; anything else (network, quota) may pass.
    const missing = (error as { code?: unknown }).code === 404;
    throw new TransportError(
      missing
        ? `Attachment not found in Storage: ${path}`
        : `Attachment unreadable: ${path}: ${String(error)}`,
      !missing,
      { cause: error },
    );
  }
}
