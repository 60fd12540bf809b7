// The member's side of the shop (CR-1..4): `products/{id}` (the catalogue, read by anyone), and the
// member's own `orders/{id}` and `subscriptions/{id}`. Functions write all three (products apart,
// which admins edit); the interface only reads them, live, so a payment confirmed by the webhook
// shows without a reload.
import { collection, doc, limit, onSnapshot, orderBy, query, where } from 'firebase/firestore';
import {
  BILLING_INTERVALS,
  ORDER_STATUSES,
  PRODUCT_KINDS,
  SUBSCRIPTION_STATUSES,
  type BillingInterval,
  type OrderStatus,
  type ProductKind,
  type SubscriptionStatus,
} from '@agora/domain';
import { db } from './app.ts';
import { count, date, flag, oneOf, record, text } from './fields.ts';

// ---- products ----

export interface ProductRecord {
  id: string;
  kind: ProductKind;
  name: string;
  description: string | null;
  /** Credits per pack, or per period for a subscription. */
  credits: number;
  /** VAT included, per pack or per period. */
  priceCents: number;
  vatRate: number | null;
  /** Set for subscriptions only. */
  interval: BillingInterval | null;
  active: boolean;
  sortOrder: number;
}

/** A product the shop can sell, or null when a field it needs is missing or invalid. */
export function toProductRecord(id: string, raw: unknown): ProductRecord | null {
  const data = record(raw) ?? {};
  const kind = oneOf(PRODUCT_KINDS, data.kind);
  const name = text(data.name)?.trim();
  const credits = count(data.credits);
  const priceCents = count(data.priceCents);
  const interval = oneOf(BILLING_INTERVALS, data.interval);
  if (!kind || !name || credits === null || credits <= 0 || priceCents === null || priceCents < 0)
    return null;
  // A subscription without its period cannot say what it costs: the server would refuse it too.
  if (kind === 'subscription' && !interval) return null;
  return {
    id,
    kind,
    name,
    description: text(data.description)?.trim() || null,
    credits,
    priceCents,
    vatRate: count(data.vatRate),
    interval: kind === 'subscription' ? interval : null,
    active: flag(data.active),
    sortOrder: count(data.sortOrder) ?? 0,
  };
}

/** Shop order: credit packs first, then subscriptions; by sortOrder, then name, in each. */
export function compareProducts(a: ProductRecord, b: ProductRecord): number {
  if (a.kind !== b.kind) return a.kind === 'credit-pack' ? -1 : 1;
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'fr');
}

/** Live list of the products on sale (active), in shop order. Anyone may read it, signed out too. */
export function watchShopProducts(
  callback: (products: ProductRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  // Filtering on `active` only: ordering by sortOrder as well would need a composite index, and
  // the catalogue is a handful of documents.
  return onSnapshot(
    query(collection(db, 'products'), where('active', '==', true)),
    (snapshot) =>
      callback(
        snapshot.docs
          .map((d) => toProductRecord(d.id, d.data()))
          .filter((p): p is ProductRecord => p !== null && p.active)
          .sort(compareProducts),
      ),
    (error) => onError?.(error),
  );
}

// ---- orders ----

export interface OrderRecord {
  id: string;
  uid: string | null;
  productId: string | null;
  productName: string;
  productKind: ProductKind | null;
  interval: BillingInterval | null;
  quantity: number;
  /** What the buyer pays (per period for a subscription), VAT included. */
  amountCents: number;
  /** Credits granted on payment (per period for a subscription). */
  credits: number;
  /** Null when the stored value is not a known status (shown from `rawStatus`). */
  status: OrderStatus | null;
  rawStatus: string | null;
  /** True while an asynchronous payment (SEPA debit) is on its way. */
  awaitingPayment: boolean;
  paymentMethod: string | null;
  returnTo: string | null;
  demo: boolean;
  createdAt: Date | null;
  paidAt: Date | null;
}

export function toOrderRecord(id: string, raw: unknown): OrderRecord {
  const data = record(raw) ?? {};
  return {
    id,
    uid: text(data.uid),
    productId: text(data.productId),
    productName: text(data.productName) ?? '',
    productKind: oneOf(PRODUCT_KINDS, data.productKind),
    interval: oneOf(BILLING_INTERVALS, data.interval),
    quantity: count(data.quantity) ?? 1,
    amountCents: count(data.amountCents) ?? 0,
    credits: count(data.credits) ?? 0,
    status: oneOf(ORDER_STATUSES, data.status),
    rawStatus: text(data.status),
    awaitingPayment: flag(data.awaitingPayment),
    paymentMethod: text(data.paymentMethod),
    returnTo: text(data.returnTo),
    demo: flag(data.demo),
    createdAt: date(data.createdAt),
    paidAt: date(data.paidAt),
  };
}

/** Live view of one order (its buyer or staff); the callback gets null while it does not exist. */
export function watchOrder(
  orderId: string,
  callback: (order: OrderRecord | null) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(db, 'orders', orderId),
    (snapshot) => callback(snapshot.exists() ? toOrderRecord(snapshot.id, snapshot.data()) : null),
    (error) => onError?.(error),
  );
}

export interface OrdersSnapshot {
  orders: OrderRecord[];
  /** More orders exist beyond `count`. */
  hasMore: boolean;
}

/** Live view of the member's newest `count` orders, newest first (one more tells if more exist). */
export function watchMyOrders(
  uid: string,
  options: { count: number },
  callback: (snapshot: OrdersSnapshot) => void,
  onError?: (error: Error) => void,
): () => void {
  // The rules only let a member list the orders whose `uid` is theirs: the filter is mandatory.
  const ordersQuery = query(
    collection(db, 'orders'),
    where('uid', '==', uid),
    orderBy('createdAt', 'desc'),
    limit(options.count + 1),
  );
  return onSnapshot(
    ordersQuery,
    (snapshot) => {
      const docs = snapshot.docs.slice(0, options.count);
      callback({
        orders: docs.map((d) => toOrderRecord(d.id, d.data())),
        hasMore: snapshot.docs.length > options.count,
      });
    },
    (error) => onError?.(error),
  );
}

// ---- subscriptions ----

export interface SubscriptionRecord {
  id: string;
  productId: string | null;
  productName: string;
  interval: BillingInterval | null;
  creditsPerPeriod: number;
  /** Per period, VAT included. */
  amountCents: number;
  /** Stripe's status; null when unknown (shown from `rawStatus`). */
  status: SubscriptionStatus | null;
  rawStatus: string | null;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | null;
  demo: boolean;
  updatedAt: Date | null;
}

export function toSubscriptionRecord(id: string, raw: unknown): SubscriptionRecord {
  const data = record(raw) ?? {};
  return {
    id,
    productId: text(data.productId),
    productName: text(data.productName) ?? '',
    interval: oneOf(BILLING_INTERVALS, data.interval),
    creditsPerPeriod: count(data.creditsPerPeriod) ?? 0,
    amountCents: count(data.amountCents) ?? 0,
    status: oneOf(SUBSCRIPTION_STATUSES, data.status),
    rawStatus: text(data.status),
    cancelAtPeriodEnd: flag(data.cancelAtPeriodEnd),
    currentPeriodEnd: date(data.currentPeriodEnd),
    demo: flag(data.demo),
    updatedAt: date(data.updatedAt),
  };
}

/** Live list of the member's subscriptions, most recently changed first. */
export function watchMySubscriptions(
  uid: string,
  callback: (subscriptions: SubscriptionRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  const subscriptionsQuery = query(
    collection(db, 'subscriptions'),
    where('uid', '==', uid),
    orderBy('updatedAt', 'desc'),
  );
  return onSnapshot(
    subscriptionsQuery,
    (snapshot) => callback(snapshot.docs.map((d) => toSubscriptionRecord(d.id, d.data()))),
    (error) => onError?.(error),
  );
}
