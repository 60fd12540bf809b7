// The products on sale, live (an admin changing a price or withdrawing a pack shows at once).
import { useCallback } from 'react';
import { watchShopProducts, type ProductRecord } from '../../../lib/firebase/shop.ts';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';

export function useShopProducts() {
  const watch = useCallback<Watch<ProductRecord[]>>((next, fail) => watchShopProducts(next, fail), []);
  const live = useLive(watch);
  return { status: live.status, products: live.value ?? [], reload: live.reload };
}
