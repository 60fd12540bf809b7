// bookSpace, cancelBooking and moveSpaceBooking on space bookings, card holds and reminders, one
// behaviour at a time (SPACE-3..5).
import { closeEmulators, resetEmulators, testDb } from '../support/emulators.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import {
  bookSpace,
  cancelBooking,
  demoPayments,
  moveSpaceBooking,
  saveResource,
} from '../../../functions/src/index.ts';
import { runSpaceHoldExpiry } from '../../../functions/src/spaces/spaceHoldExpiry.ts';
import { runSpaceReminders } from '../../../functions/src/spaces/spaceReminders.ts';
import { invoiceBooking, invoiceOrder } from '../../../functions/src/invoices/sources.ts';
import { nextLocalDate, organizationSettingsSchema, wallTimeToInstant } from '@agora/domain';
import { demoOrganization } from '../../../scripts/seed/demo-data.ts';
import { call, rejection, signedIn } from '../support/callables.ts';
import { balanceOf, ledgerSnapshots } from '../credits/support.ts';
import { assistant, createMembers, mailsFor, member } from '../sessions/support.ts';
import { startWebhookEndpoint } from '../payments/support.ts';
import { createResource, holdsOf, resourceFields, span, spaceBookings, testDay } from './support.ts';

let endpoint: Awaited<ReturnType<typeof startWebhookEndpoint>>;
beforeAll(async () => {
  endpoint = await startWebhookEndpoint();
  process.env.STRIPE_DEMO_WEBHOOK_URL = endpoint.url;
});
beforeEach(async () => {
  await resetEmulators();
  await Promise.all([createMembers(['ana', 'bob'], 10), createResource('voltaire')]);
});
afterAll(async () => {
  delete process.env.STRIPE_DEMO_WEBHOOK_URL;
  await endpoint.close();
  await closeEmulators();
});

const book = (uid: string, fields: Record<string, unknown>) =>
  call(bookSpace, { resourceId: 'voltaire', payWith: 'credits', ...fields }, member(uid));
const reason = async (promise: Promise<unknown>) => (await rejection(promise)).details?.reason;

describe('bookSpace', () => {
  it('books two hours with credits: one debit per slot, the hold, the mail with an .ics', async () => {
    const result = await book('ana', span(10, 2));
    expect(result).toMatchObject({ status: 'confirmed', balance: 6 });
    const [booking] = await spaceBookings('voltaire');
    expect(booking).toMatchObject({ uid: 'ana', status: 'confirmed', seats: 1, credits: 4 });
    const holds = await holdsOf('voltaire');
    expect([...holds.values()]).toEqual([
      { start: Date.parse(span(10).start), end: Date.parse(span(11).end), seats: 1 },
    ]);
    const ledger = await ledgerSnapshots('ana');
    expect(ledger.get(`booking_${result.bookingId}_1`)?.get('delta')).toBe(-4);
    const mails = await mailsFor('ana');
    expect(mails.map((mail) => mail.id)).toEqual([`space-confirmation-${result.bookingId}-1`]);
    expect(mails[0]?.attachments?.[0]).toMatchObject({ filename: 'reservation.ics' });
    expect(String(mails[0]?.attachments?.[0]?.content)).toContain('STATUS:CONFIRMED');
    expect((mails[0]?.data as { title: string }).title).toBe('Réservation confirmée : Salle Voltaire');
    // No SMS: ana did not opt in.
    expect((await testDb.collection('sms').get()).size).toBe(0);
  });

  it('texts members who opted in, by the same deterministic id', async () => {
    await testDb.doc('users/bob').update({ smsOptIn: true });
    const { bookingId } = await book('bob', span(14));
    const sms = await testDb.collection('sms').get();
    expect(sms.docs.map((doc) => doc.id)).toEqual([`space-confirmation-${bookingId}-1`]);
    expect(String(sms.docs[0]?.get('data.text'))).toContain('Réservation confirmée : Salle Voltaire');
  });

  it('refuses without enough credits and writes nothing', async () => {
    await createMembers(['poor'], 1);
    expect(await reason(book('poor', span(10)))).toBe('insufficient-credits');
    expect(await spaceBookings('voltaire')).toEqual([]);
    expect((await holdsOf('voltaire')).size).toBe(0);
    expect(await balanceOf('poor')).toBe(1);
  });

  it('refuses misaligned spans, too many seats, closed dates and unoffered payment', async () => {
    const { start } = span(10);
    const halfPast = new Date(Date.parse(start) + 30 * 60_000).toISOString();
    expect(await reason(book('ana', { start, end: halfPast }))).toBe('misaligned');
    expect(await reason(book('ana', { ...span(10), seats: 2 }))).toBe('seats');
    await createResource('closed', { closedDates: [testDay()] });
    expect(
      await reason(call(bookSpace, { resourceId: 'closed', ...span(10), payWith: 'credits' }, member('ana'))),
    ).toBe('closed');
    await createResource('cash-only', { creditCost: undefined, includedInPlan: false });
    expect(
      await reason(
        call(bookSpace, { resourceId: 'cash-only', ...span(10), payWith: 'credits' }, member('ana')),
      ),
    ).toBe('payment-not-offered');
    expect(await balanceOf('ana')).toBe(10);
  });

  it('plan: needs a running subscription, then books without a debit', async () => {
    expect(await reason(book('ana', { ...span(9), payWith: 'plan' }))).toBe('plan-required');
    await testDb.doc('subscriptions/sub_ana').set({ uid: 'ana', status: 'active' });
    expect(await book('ana', { ...span(9), payWith: 'plan' })).toMatchObject({ status: 'confirmed' });
    expect(await balanceOf('ana')).toBe(10);
  });

  it('staff book for a member or for internal use; members cannot', async () => {
    const forBob = await call(
      bookSpace,
      { resourceId: 'voltaire', ...span(11), payWith: 'credits', uid: 'bob' },
      assistant,
    );
    expect(forBob.status).toBe('confirmed');
    expect(await balanceOf('bob')).toBe(8);
    const internal = await call(
      bookSpace,
      { resourceId: 'voltaire', ...span(12), payWith: 'plan', internal: true, note: 'Réunion d’équipe' },
      assistant,
    );
    const stored = (await testDb.doc(`bookings/${internal.bookingId}`).get()).data();
    expect(stored).toMatchObject({
      internal: true,
      payment: { method: 'internal' },
      note: 'Réunion d’équipe',
    });
    expect(await reason(book('ana', { ...span(13), uid: 'bob' }))).toBe('forbidden');
    expect(await reason(book('ana', { ...span(13), internal: true }))).toBe('forbidden');
  });

  it('members are held to the notice; staff are not', async () => {
    await createResource('notice', { minNoticeMinutes: 10_080 });
    const soon = span(10, 1, testDay(2));
    expect(
      await reason(call(bookSpace, { resourceId: 'notice', ...soon, payWith: 'credits' }, member('ana'))),
    ).toBe('notice');
    expect(
      (await call(bookSpace, { resourceId: 'notice', ...soon, payWith: 'credits', uid: 'ana' }, assistant))
        .status,
    ).toBe('confirmed');
  });
});

describe('card payment', () => {
  beforeEach(() => {
    process.env.STRIPE_SECRET_KEY = 'sk_demo_functions_tests';
  });

  it('holds the seats, pays through the demo checkout, then confirms once', async () => {
    const result = await book('ana', { ...span(10, 2), payWith: 'card' });
    expect(result.status).toBe('pending_payment');
    const orderId = `space-${result.bookingId}-1`;
    expect(result.url).toMatch(new RegExp(`/checkout/demo/${orderId}$`));
    const order = (await testDb.doc(`orders/${orderId}`).get()).data();
    expect(order).toMatchObject({
      productKind: 'space-booking',
      amountCents: 6000,
      credits: 0,
      status: 'pending',
    });
    // The hold counts for others while it lasts.
    expect(await reason(book('bob', span(11)))).toBe('full');
    await call(demoPayments, { action: 'pay', orderId, method: 'card' }, member('ana'));
    expect((await testDb.doc(`bookings/${result.bookingId}`).get()).get('status')).toBe('confirmed');
    expect((await holdsOf('voltaire')).get(result.bookingId)).toEqual({
      start: Date.parse(span(10).start),
      end: Date.parse(span(11).end),
      seats: 1,
    });
    expect((await testDb.doc(`orders/${orderId}`).get()).get('status')).toBe('paid');
    expect((await mailsFor('ana')).map((mail) => mail.id)).toEqual([
      `space-confirmation-${result.bookingId}-1`,
    ]);
  });

  it('an unpaid hold lapses: the expiry job frees the seats, fails the order, tells the member', async () => {
    const result = await book('ana', { ...span(15), payWith: 'card' });
    const later = new Date(Date.now() + 36 * 60_000);
    expect(await runSpaceHoldExpiry(new Date())).toEqual({ expired: 0 });
    expect(await runSpaceHoldExpiry(later)).toEqual({ expired: 1 });
    expect(await runSpaceHoldExpiry(later)).toEqual({ expired: 0 });
    expect((await testDb.doc(`bookings/${result.bookingId}`).get()).get('status')).toBe('cancelled');
    expect((await holdsOf('voltaire')).size).toBe(0);
    expect((await testDb.doc(`orders/space-${result.bookingId}-1`).get()).get('status')).toBe('failed');
    expect((await mailsFor('ana')).map((mail) => mail.id)).toEqual([
      `space-hold-expired-${result.bookingId}-1`,
    ]);
  });
});

describe('cancel and move', () => {
  it('a member cancels inside the window: credits back once, hold gone, .ics CANCELLED', async () => {
    const { bookingId } = await book('ana', span(10, 2));
    const first = await call(cancelBooking, { bookingId }, member('ana'));
    const again = await call(cancelBooking, { bookingId }, member('ana'));
    expect(first).toEqual({ status: 'cancelled', refundedCredits: 4 });
    expect(again).toEqual({ status: 'cancelled', refundedCredits: 0 });
    expect(await balanceOf('ana')).toBe(10);
    expect((await holdsOf('voltaire')).size).toBe(0);
    const cancellation = (await mailsFor('ana')).find((mail) => mail.id.startsWith('space-cancellation-'));
    expect(String(cancellation?.attachments?.[0]?.content)).toContain('STATUS:CANCELLED');
    // The slot is free again.
    expect((await book('bob', span(10))).status).toBe('confirmed');
  });

  it('outside the window the member is refused and staff are not', async () => {
    const { bookingId } = await book('ana', span(10));
    // The booking now starts in an hour: inside the default 24-hour window before the start.
    const soon = Date.now() + 3_600_000;
    await testDb
      .doc(`bookings/${bookingId}`)
      .update({ startsAt: Timestamp.fromMillis(soon), endsAt: Timestamp.fromMillis(soon + 3_600_000) });
    expect(await reason(call(cancelBooking, { bookingId }, member('ana')))).toBe('outside-cancel-window');
    expect(await reason(call(moveSpaceBooking, { bookingId, ...span(16) }, member('ana')))).toBe(
      'outside-cancel-window',
    );
    expect(await call(cancelBooking, { bookingId }, assistant)).toEqual({
      status: 'cancelled',
      refundedCredits: 2,
    });
    expect(await balanceOf('ana')).toBe(10);
  });

  it('moves to a free time: same id, the hold follows, the .ics SEQUENCE goes up', async () => {
    const { bookingId } = await book('ana', span(10, 2));
    await book('bob', span(14));
    expect(await reason(call(moveSpaceBooking, { bookingId, ...span(13, 2) }, member('ana')))).toBe('full');
    expect(await reason(call(moveSpaceBooking, { bookingId, ...span(16, 1) }, member('ana')))).toBe(
      'not-movable',
    );
    expect(await reason(call(moveSpaceBooking, { bookingId, ...span(16, 2) }, member('bob')))).toBe(
      'forbidden',
    );
    await call(moveSpaceBooking, { bookingId, ...span(16, 2) }, member('ana'));
    const holds = await holdsOf('voltaire');
    expect(holds.get(bookingId)).toEqual({
      start: Date.parse(span(16).start),
      end: Date.parse(span(17).end),
      seats: 1,
    });
    expect(await balanceOf('ana')).toBe(6);
    const moved = (await mailsFor('ana')).find((mail) => mail.id === `space-moved-${bookingId}-1-1`);
    expect(String(moved?.attachments?.[0]?.content)).toContain('SEQUENCE:1');
    // The old time is free again.
    expect((await book('bob', span(10))).status).toBe('confirmed');
  });
});

describe('reminders', () => {
  it('queues each lead time once, by mail, and none for cancelled bookings', async () => {
    const { bookingId } = await book('ana', span(10, 2));
    const other = await book('bob', span(14));
    await call(cancelBooking, { bookingId: other.bookingId }, member('bob'));
    const start = Date.parse(span(10).start);
    const twoHoursBefore = new Date(start - 2 * 3_600_000 + 60_000);
    // Booked long before: both the 24 h and the 2 h reminders are due two hours before.
    await testDb
      .doc(`bookings/${bookingId}`)
      .update({ createdAt: Timestamp.fromMillis(start - 7 * 86_400_000) });
    expect(await runSpaceReminders(twoHoursBefore)).toEqual({ queued: 2 });
    expect(await runSpaceReminders(twoHoursBefore)).toEqual({ queued: 0 });
    const ids = (await mailsFor('ana')).map((mail) => mail.id).sort();
    expect(ids).toEqual(
      [
        `space-confirmation-${bookingId}-1`,
        `space-reminder-${bookingId}-1-0-24h`,
        `space-reminder-${bookingId}-1-0-2h`,
      ].sort(),
    );
    expect((await mailsFor('bob')).some((mail) => mail.id.startsWith('space-reminder-'))).toBe(false);
  });
});

describe('saveResource', () => {
  it('validates with the shared schema and is staff only', async () => {
    const bad = await rejection(
      call(saveResource, { resource: { ...resourceFields(), slotMinutes: 7 } }, assistant),
    );
    expect(bad.details?.issues?.map((issue) => issue.path)).toContain('resource.slotMinutes');
    const memberTry = await rejection(call(saveResource, { resource: resourceFields() }, member('ana')));
    expect(memberTry.code).toBe('permission-denied');
    const { resourceId } = await call(
      saveResource,
      { resource: resourceFields({ name: 'Open space' }) },
      assistant,
    );
    expect((await testDb.doc(`resources/${resourceId}`).get()).get('name')).toBe('Open space');
    const admin = signedIn('admin-1', { email: 'admin@example.fr', email_verified: true, role: 'admin' });
    await call(
      saveResource,
      { resourceId, resource: resourceFields({ name: 'Open space 2', capacity: 12 }) },
      admin,
    );
    expect((await testDb.doc(`resources/${resourceId}`).get()).data()).toMatchObject({
      name: 'Open space 2',
      capacity: 12,
    });
    const audit = await testDb.collection('auditLog').where('action', '==', 'resource.save').get();
    expect(audit.size).toBe(2);
  });
});

describe('invoices of space bookings', () => {
  beforeEach(async () => {
    process.env.STRIPE_SECRET_KEY = 'sk_demo_functions_tests';
    await testDb.doc('settings/organization').set(organizationSettingsSchema.parse(demoOrganization));
  });

  it('credits: a 20 % invoice at the credit value; card: a 20 % invoice of the amount paid', async () => {
    const withCredits = await book('ana', span(10, 2));
    const issued = await invoiceBooking(withCredits.bookingId);
    const invoice = (await testDb.doc(`invoices/${issued?.invoiceId ?? '-'}`).get()).data();
    expect(invoice?.lines).toEqual([
      expect.objectContaining({
        quantity: 4,
        vatRate: 20,
        description: expect.stringContaining('Salle Voltaire — réservation du'),
      }),
    ]);
    const byCard = await book('bob', { ...span(14), payWith: 'card' });
    const orderId = `space-${byCard.bookingId}-1`;
    await call(demoPayments, { action: 'pay', orderId, method: 'card' }, member('bob'));
    const cardInvoice = await invoiceOrder(orderId);
    const stored = (await testDb.doc(`invoices/${cardInvoice?.invoiceId ?? '-'}`).get()).data();
    expect(stored?.totals).toMatchObject({ grossCents: 3000, netCents: 2500, vatCents: 500 });
  });
});

describe('edge cases found in review', () => {
  it('a booking ending at midnight meets one starting just after it, across the day documents', async () => {
    const allDay = [{ open: '00:00', close: '24:00' }];
    await createResource('night', {
      bufferMinutes: 30,
      openingHours: {
        '0': allDay,
        '1': allDay,
        '2': allDay,
        '3': allDay,
        '4': allDay,
        '5': allDay,
        '6': allDay,
      },
    });
    const day = testDay();
    const at = (date: string, minutes: number) =>
      new Date(wallTimeToInstant(date, minutes, 'Europe/Paris', 'earliest')).toISOString();
    const next = nextLocalDate(day);
    const early = { resourceId: 'night', start: at(next, 0), end: at(next, 60), payWith: 'credits' };
    const late = { resourceId: 'night', start: at(day, 23 * 60), end: at(next, 0), payWith: 'credits' };
    expect((await call(bookSpace, early, member('ana'))).status).toBe('confirmed');
    // 23:00–24:00 plus its 30-minute turnover would meet the 00:00 booking of the next day.
    expect(await reason(call(bookSpace, late, member('bob')))).toBe('full');
  });

  it('a request cancelled by its member is not booked again by a late retry', async () => {
    const request = { ...span(10), requestId: 'req-0002-retry' };
    const { bookingId } = await book('ana', request);
    await call(cancelBooking, { bookingId }, member('ana'));
    expect(await reason(book('ana', request))).toBe('not-bookable');
    expect(await balanceOf('ana')).toBe(10);
  });

  it('card: a payment arriving after the hold lapsed and the seats were taken alerts staff and tells the member', async () => {
    process.env.STRIPE_SECRET_KEY = 'sk_demo_functions_tests';
    const held = await book('ana', { ...span(10), payWith: 'card' });
    const orderId = `space-${held.bookingId}-1`;
    await runSpaceHoldExpiry(new Date(Date.now() + 36 * 60_000));
    expect((await testDb.doc(`orders/${orderId}`).get()).get('status')).toBe('failed');
    await book('bob', span(10));
    // The member had the checkout open: the bank's answer still comes in.
    await testDb.doc(`orders/${orderId}`).update({ status: 'pending' });
    await call(demoPayments, { action: 'pay', orderId, method: 'card' }, member('ana'));
    const alerts = await testDb.collection('paymentAlerts').where('orderId', '==', orderId).get();
    expect(alerts.docs.map((doc) => doc.get('kind'))).toEqual(['space-paid-too-late']);
    expect((await testDb.doc(`bookings/${held.bookingId}`).get()).get('status')).toBe('cancelled');
    expect((await mailsFor('ana')).map((mail) => mail.id)).toContain(
      `space-paid-too-late-${held.bookingId}-1`,
    );
    expect(await invoiceOrder(orderId)).toBeNull();
  });

  it('card: cancelling a paid booking asks staff to refund it and says so to the member', async () => {
    process.env.STRIPE_SECRET_KEY = 'sk_demo_functions_tests';
    const held = await book('ana', { ...span(16), payWith: 'card' });
    await call(
      demoPayments,
      { action: 'pay', orderId: `space-${held.bookingId}-1`, method: 'card' },
      member('ana'),
    );
    await call(cancelBooking, { bookingId: held.bookingId }, member('ana'));
    const alert = await testDb.doc(`paymentAlerts/cancel_${held.bookingId}_1_space-refund-due`).get();
    expect(alert.get('orderId')).toBe(`space-${held.bookingId}-1`);
    const mail = (await mailsFor('ana')).find((m) => m.id === `space-cancellation-${held.bookingId}-1`);
    expect((mail?.data as { paragraphs: string[] }).paragraphs).toContain(
      'Votre paiement par carte vous sera remboursé par l’équipe sous quelques jours.',
    );
  });
});
