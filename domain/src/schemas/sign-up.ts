// The sign-up form (ACC-1): credentials plus the same profile fields saveProfile validates.
import { z } from 'zod';
import { emailSchema } from './common.ts';
import { crossFieldPasswordIssues, passwordSchema } from './password.ts';
import { consentInputSchema, profileFieldsSchema } from './profile.ts';

export const signUpFormSchema = profileFieldsSchema
  .extend({
    email: emailSchema,
    password: passwordSchema,
    passwordConfirmation: z.string({ message: 'required' }),
    consent: consentInputSchema,
  })
  .superRefine((form, ctx) => {
    for (const issue of crossFieldPasswordIssues(form.password, form.passwordConfirmation, form.email)) {
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.code });
    }
  });
export type SignUpFormInput = z.input<typeof signUpFormSchema>;
export type SignUpForm = z.output<typeof signUpFormSchema>;

/** What the sign-up page sends to saveProfile once the account exists. */
export function profileInputFromSignUp(form: SignUpForm) {
  const { email: _email, password: _password, passwordConfirmation: _confirmation, ...profile } = form;
  return profile;
}
