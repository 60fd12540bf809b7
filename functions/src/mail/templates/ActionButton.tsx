// The call to action: a large button in the organisation's colour.
import { Button, Section } from '@react-email/components';
import { primaryColor, textColorOn, type Branding } from './branding.ts';

export interface ActionButtonProps {
  href: string;
  label: string;
  branding: Branding;
}

export function ActionButton({ href, label, branding }: ActionButtonProps) {
  const background = primaryColor(branding);
  return (
    <Section style={{ margin: '8px 0 24px', textAlign: 'center' }}>
      <Button
        href={href}
        style={{
          backgroundColor: background,
          color: textColorOn(background),
          borderRadius: '6px',
          padding: '14px 28px',
          fontSize: '16px',
          fontWeight: 600,
          lineHeight: '24px',
          textDecoration: 'none',
        }}
      >
        {label}
      </Button>
    </Section>
  );
}
