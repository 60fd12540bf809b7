// The emulator's transport: nothing leaves the machine. The message counts as sent, and the
// rendered content stays in its outbox document, where the staff Messages page shows it.
import { logger } from 'firebase-functions';
import type { Transport } from './types.ts';

export function captureTransport<Message extends { id: string }>(): Transport<Message> {
  return {
    name: 'capture',
    send: async (message) => {
      logger.info('outbox: message captured, not sent', { id: message.id });
      return { providerMessageId: null };
    },
  };
}
