// The live balance of the signed-in member's wallet (0 until the wallet exists).
import { useCallback } from 'react';
import { watchWalletBalance } from '../../../lib/firebase/wallet.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useWalletBalance(uid: string | null) {
  const watch = useCallback<Watch<number>>(
    (next, fail) => (uid ? watchWalletBalance(uid, next, fail) : () => undefined),
    [uid],
  );
  const live = useLive(uid ? watch : null);
  return { status: live.status, balance: live.value ?? 0, reload: live.reload };
}
