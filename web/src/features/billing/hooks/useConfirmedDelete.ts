// Deleting a listed item once staff confirm it (ConfirmDialog): the item asked about, the call in
// progress (the dialog cannot be dismissed meanwhile) and its outcome, reported as a notice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../app/feedback/NoticeSnackbar.tsx';

export function useConfirmedDelete<Item>(options: {
  remove: (item: Item) => Promise<void>;
  doneText: string;
  failedText: string;
  onNotice: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const [item, setItem] = useState<Item | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async (target: Item) => {
    setBusy(true);
    try {
      await options.remove(target);
      options.onNotice({ severity: 'success', message: options.doneText });
    } catch {
      options.onNotice({ severity: 'error', message: options.failedText });
    } finally {
      setBusy(false);
      setItem(null);
    }
  };

  return {
    /** Opens the confirmation for this item. */
    ask: (target: Item) => setItem(target),
    /** What ConfirmDialog needs from the flow: spread it there, with the page's title and text. */
    dialogProps: {
      item,
      busy,
      confirmLabel: t('billing.common.delete'),
      onCancel: () => setItem(null),
      onConfirm: (target: Item) => void confirm(target),
    },
  };
}
