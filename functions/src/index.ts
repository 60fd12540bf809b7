// Every deployed function, by its contract name. Nothing else lives here.
export { saveProfile } from './accounts/saveProfile.ts';
export { setUserRole } from './accounts/setUserRole.ts';
export { deliverMail } from './mail/deliverMail.ts';
export { deliverSms } from './sms/deliverSms.ts';
export { outboxSweeper } from './mail/sweeper.ts';
export { resendMessage } from './mail/resendMessage.ts';
export { requestVerificationEmail } from './mail/requestVerificationEmail.ts';
export { adjustCredits } from './credits/adjustCredits.ts';
export { createCheckout } from './payments/createCheckout.ts';
export { stripeWebhook } from './payments/stripeWebhook.ts';
export { demoPayments } from './payments/demoPayments.ts';
export { manageSubscription } from './payments/manageSubscription.ts';
export { refundOrder } from './payments/refundOrder.ts';
export { bookSession } from './sessions/bookSession.ts';
export { cancelBooking } from './sessions/cancelBooking.ts';
export { cancelSession } from './sessions/cancelSession.ts';
export { joinWaitlist, leaveWaitlist } from './sessions/waitlist.ts';
export { sessionReminders } from './sessions/sessionReminders.ts';
