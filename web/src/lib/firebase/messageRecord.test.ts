import { describe, expect, it } from 'vitest';
import { toMessageRecord } from './messageRecord.ts';

const at = (iso: string) => ({ toDate: () => new Date(iso) });

describe('toMessageRecord', () => {
  it('reads a delivered mail with its rendering and attachments', () => {
    const record = toMessageRecord('mail', 'm1', {
      to: 'alice@example.test',
      toName: 'Alice Martin',
      uid: 'u1',
      template: 'welcome-verification',
      locale: 'fr',
      data: { firstName: 'Alice' },
      attachments: [
        { filename: 'session.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR\né' },
        { filename: 'facture.pdf', contentType: 'application/pdf', storagePath: 'invoices/i1.pdf' },
        { filename: 'logo.png', contentType: 'image/png', contentBase64: 'iVBORw0KGgo=' },
        { contentType: 'text/plain' },
      ],
      delivery: {
        state: 'sent',
        attempts: 1,
        maxAttempts: 5,
        lastError: null,
        transport: 'capture',
        providerMessageId: null,
        sentAt: at('2026-05-15T12:00:01Z'),
        leaseExpiresAt: null,
        nextAttemptAt: null,
        updatedAt: at('2026-05-15T12:00:01Z'),
      },
      rendered: { subject: 'Bienvenue', html: '<p>Bonjour</p>', text: 'Bonjour' },
      createdAt: at('2026-05-15T12:00:00Z'),
    });
    expect(record).toMatchObject({
      id: 'm1',
      channel: 'mail',
      to: 'alice@example.test',
      toName: 'Alice Martin',
      template: 'welcome-verification',
      rendered: { subject: 'Bienvenue', html: '<p>Bonjour</p>', text: 'Bonjour' },
      delivery: { state: 'sent', attempts: 1, maxAttempts: 5, transport: 'capture', lastError: null },
    });
    expect(record.createdAt?.toISOString()).toBe('2026-05-15T12:00:00.000Z');
    expect(record.delivery.sentAt?.toISOString()).toBe('2026-05-15T12:00:01.000Z');
    expect(record.attachments).toEqual([
      {
        filename: 'session.ics',
        contentType: 'text/calendar',
        source: 'inline',
        storagePath: null,
        sizeBytes: 18,
      },
      {
        filename: 'facture.pdf',
        contentType: 'application/pdf',
        source: 'storage',
        storagePath: 'invoices/i1.pdf',
        sizeBytes: null,
      },
      { filename: 'logo.png', contentType: 'image/png', source: 'inline', storagePath: null, sizeBytes: 8 },
    ]);
  });

  it('keeps an unknown state and tolerates missing or odd fields', () => {
    const record = toMessageRecord('sms', 's1', {
      to: '+33612345678',
      delivery: { state: 'bounced', attempts: 'two', transport: 'pigeon' },
      rendered: { text: 'Rappel' },
      attachments: 'none',
    });
    expect(record.delivery).toMatchObject({
      state: null,
      rawState: 'bounced',
      attempts: 0,
      maxAttempts: null,
      transport: null,
      sentAt: null,
    });
    expect(record.rendered).toEqual({ subject: null, html: null, text: 'Rappel' });
    expect(record.attachments).toEqual([]);
    expect(record.createdAt).toBeNull();
    expect(toMessageRecord('mail', 'x', null)).toMatchObject({ to: '', template: '', rendered: null });
  });
});
