// The mail and SMS templates the outbox can send, and the data each one needs. Queuing checks the
// data here, and rendering parses it again, so a message never reaches a template half-filled.
import { z } from 'zod';
import { requiredText } from './common.ts';

export const MAIL_TEMPLATES = ['welcome-verification', 'notification'] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export const SMS_TEMPLATES = ['notification'] as const;
export type SmsTemplate = (typeof SMS_TEMPLATES)[number];

/** Longest SMS text a template may produce: three concatenated segments. */
export const SMS_MAX_LENGTH = 480;

/**
 * A link put in a message. Only http(s): a `javascript:` or `data:` URL in an href would run in
 * the reader's mail client. Plain http stays allowed for the emulator's local links.
 */
export const messageLinkSchema = z
  .url({ protocol: /^https?$/, message: 'invalid' })
  .max(2048, { message: 'tooLong' });

export const welcomeVerificationDataSchema = z.strictObject({
  firstName: requiredText(100),
  verificationUrl: messageLinkSchema,
});
export type WelcomeVerificationData = z.output<typeof welcomeVerificationDataSchema>;

export const notificationDataSchema = z.strictObject({
  title: requiredText(200),
  paragraphs: z.array(requiredText(2000)).min(1, { message: 'required' }).max(20, { message: 'tooLong' }),
  action: z
    .strictObject({
      label: requiredText(80),
      url: messageLinkSchema,
    })
    .optional(),
});
export type NotificationData = z.output<typeof notificationDataSchema>;

export const smsNotificationDataSchema = z.strictObject({
  text: requiredText(SMS_MAX_LENGTH),
});
export type SmsNotificationData = z.output<typeof smsNotificationDataSchema>;

export const mailTemplateDataSchemas = {
  'welcome-verification': welcomeVerificationDataSchema,
  notification: notificationDataSchema,
} as const satisfies { [K in MailTemplate]: z.ZodType };

export const smsTemplateDataSchemas = {
  notification: smsNotificationDataSchema,
} as const satisfies { [K in SmsTemplate]: z.ZodType };

/** The parsed data a mail template renders. */
export type MailTemplateData<K extends MailTemplate> = z.output<(typeof mailTemplateDataSchemas)[K]>;
/** The parsed data an SMS template renders. */
export type SmsTemplateData<K extends SmsTemplate> = z.output<(typeof smsTemplateDataSchemas)[K]>;
