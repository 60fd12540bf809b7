// Confirmation before resending: the recipient receives the message again.
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';
import type { MessageRecord } from '../../../lib/firebase/index.ts';

export function ResendDialog(props: {
  message: MessageRecord | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (message: MessageRecord) => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      item={props.message}
      busy={props.busy}
      idPrefix="resend"
      title={t('admin.messages.resend.confirmTitle')}
      text={(message) =>
        t(
          message.channel === 'mail'
            ? 'admin.messages.resend.confirmTextMail'
            : 'admin.messages.resend.confirmTextSms',
          { to: message.to },
        )
      }
      confirmLabel={t('admin.messages.resend.confirm')}
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    />
  );
}
