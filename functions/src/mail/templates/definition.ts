// What each mail template provides, so `renderMail` treats them all alike.
import type { ReactElement } from 'react';
import type { Locale } from '@agora/domain';
import type { Branding } from './branding.ts';

export interface MailTemplateProps<Data> {
  data: Data;
  locale: Locale;
  branding: Branding;
}

export interface MailTemplateDefinition<Data> {
  /** The template's data schema from the domain; `parse` throws the ZodError on invalid data. */
  schema: { parse(input: unknown): Data };
  subject(props: MailTemplateProps<Data>): string;
  Email(props: MailTemplateProps<Data>): ReactElement;
}
